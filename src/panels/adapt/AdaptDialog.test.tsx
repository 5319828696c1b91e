// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import { smallModel } from '../../model/testing/editFixtures';
import { history, useAppStore } from '../../store/appStore';
import { createTestEditor } from '../../store/testing/testEditor';
import { AdaptDialog } from './AdaptDialog';
import { SaveTemplateDialog } from './SaveTemplateDialog';

const doc = () => useAppStore.getState().doc;

beforeEach(() => {
  createTestEditor({ state: { doc: smallModel(), uiLang: 'zh', diagramLang: 'zh', dialog: null, adaptSource: null, notices: [] } });
});
afterEach(cleanup);

describe('Adapt to my industry', () => {
  it('starts from the Figure 2 template, previews live, and creates the adapted model as one undoable step', async () => {
    render(<AdaptDialog />);
    await act(() => runCommand(findCommand('adaptModel')!));
    const dialog = screen.getByRole('dialog', { name: '适配到我的行业' });
    const region = await within(dialog).findByLabelText('地区');
    expect((region as HTMLInputElement).value).toBe('宁波');
    expect((within(dialog).getByLabelText('企业') as HTMLInputElement).value).toBe('智能制造企业');
    fireEvent.change(region, { target: { value: '佛山' } });
    fireEvent.change(within(dialog).getByLabelText('行业'), { target: { value: '家电制造' } });
    // The enterprise follows the industry until it is typed over; the preview follows both.
    expect((within(dialog).getByLabelText('企业') as HTMLInputElement).value).toBe('家电制造企业');
    const preview = within(dialog).getByRole('region', { name: '预览' });
    expect(preview.querySelector('.tm-adapt-title')?.textContent).toBe('基于佛山家电制造特色的"1+X"证书制度实施的理论模型');
    expect(within(preview).getAllByText('家电制造企业', { selector: 'mark' })).toHaveLength(2); // the actor and its drivers' group
    fireEvent.change(within(dialog).getByLabelText('地区（英文）'), { target: { value: 'Foshan' } });

    const before = doc();
    fireEvent.click(within(dialog).getByRole('button', { name: '生成我的模型' }));
    const made = doc();
    expect(made.template).toBeUndefined();
    expect(made.meta.title).toBe('基于佛山家电制造特色的"1+X"证书制度实施的理论模型');
    expect(made.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['家电制造企业', '家电制造企业的驱动力', '学校']));
    // English: region given, industry not → the title's translation needs it, so it is left untranslated and said so.
    expect(made.meta.labels).toBeUndefined();
    expect(made.nodes.find((n) => n.label === '学校')?.labels).toEqual({ en: 'School' });
    expect(useAppStore.getState().notices.map((n) => n.text).join('\n')).toMatch(/个英文标签需要你未填写的译文/);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(doc()).toBe(before);
  });

  it('builds a blanked value from its default, as the hint says, instead of refusing to generate', async () => {
    render(<AdaptDialog />);
    await act(() => runCommand(findCommand('adaptModel')!));
    const dialog = screen.getByRole('dialog', { name: '适配到我的行业' });
    fireEvent.change(await within(dialog).findByLabelText('行业'), { target: { value: '家电制造' } });
    const enterprise = within(dialog).getByLabelText('企业') as HTMLInputElement;
    fireEvent.change(enterprise, { target: { value: '精工企业' } });
    fireEvent.change(enterprise, { target: { value: '' } });
    expect(enterprise.value).toBe('');
    expect(enterprise.placeholder).toBe('家电制造企业');
    expect(within(dialog).queryByText('请填写每一项。')).toBeNull();
    const create = within(dialog).getByRole('button', { name: '生成我的模型' }) as HTMLButtonElement;
    expect(create.disabled).toBe(false);
    fireEvent.click(create);
    expect(doc().nodes.map((n) => n.label)).toContain('家电制造企业');
  });
});

describe('Save as template', () => {
  it('turns a word into a placeholder (one undo step), then the wizard adapts the model itself', async () => {
    const start = smallModel();
    start.meta = { title: '宁波模型', language: 'zh-CN' };
    start.nodes = start.nodes.map((n) => (n.id === 'a1' ? { ...n, label: '宁波学校' } : n));
    useAppStore.setState({ doc: start });
    history().clear();
    render(
      <>
        <SaveTemplateDialog />
        <AdaptDialog />
      </>,
    );
    await act(() => runCommand(findCommand('saveAsTemplate')!));
    const dialog = screen.getByRole('dialog', { name: '存为模板' });
    fireEvent.change(within(dialog).getByLabelText('词语'), { target: { value: '宁波' } });
    expect(within(dialog).getByText('出现 2 次')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('占位符名'), { target: { value: 'region' } });
    fireEvent.change(within(dialog).getByLabelText('提问'), { target: { value: '地区' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '把本模型变成模板' }));
    expect(doc().meta.title).toBe('{region}模型');
    expect(doc().template?.placeholders).toEqual([{ id: 'region', label: '地区', default: '宁波' }]);
    expect(history().pastStates).toHaveLength(1);

    await act(() => runCommand(findCommand('adaptModel')!));
    const wizard = screen.getByRole('dialog', { name: '适配到我的行业' });
    await waitFor(() => expect(within(wizard).getByLabelText('地区')).toBeTruthy());
    fireEvent.change(within(wizard).getByLabelText('地区'), { target: { value: '成都' } });
    fireEvent.click(within(wizard).getByRole('button', { name: '生成我的模型' }));
    expect(doc().meta.title).toBe('成都模型');
    expect(doc().nodes.find((n) => n.id === 'a1')?.label).toBe('成都学校');
  });

  it('says when a word occurs nowhere', async () => {
    render(<SaveTemplateDialog />);
    await act(() => runCommand(findCommand('saveAsTemplate')!));
    const dialog = screen.getByRole('dialog', { name: '存为模板' });
    fireEvent.change(within(dialog).getByLabelText('词语'), { target: { value: '不存在' } });
    expect(within(dialog).getByText('未找到')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '把本模型变成模板' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('“p1”对应的词语在模型中不存在。');
    expect(doc().template).toBeUndefined();
  });
});
