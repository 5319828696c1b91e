// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provideServices } from '../../commands/services';
import { importExample } from '../../io/examples';
import type { TheoryModel } from '../../model/types';
import { history, useAppStore } from '../../store/appStore';
import { EMPTY_SELECTION } from '../../store/viewSlice';
import { ComparePanel } from './ComparePanel';

const figure1 = async () => {
  const r = await importExample('figure-1');
  if (!r.ok) throw new Error('figure 1 did not load');
  return r.model as TheoryModel;
};

beforeEach(async () => {
  useAppStore.setState({ doc: await figure1(), uiLang: 'zh', diagramLang: 'zh', selection: EMPTY_SELECTION, toolPanel: 'compare', notices: [], diffMarks: null });
  history().clear();
});
afterEach(cleanup);

describe('Compare models', () => {
  it('Figure 1 with Figure 2: lists 网店创业 as removed and 校企合作项目 as added, grouped by kind, and marks the canvas', async () => {
    render(<ComparePanel />);
    const panel = screen.getByRole('region', { name: '比较模型' });
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: '与示例比较' })));
    const drivers = await within(panel).findByRole('region', { name: '关键驱动力' });
    expect(within(drivers).getByText('网店创业').closest('li')?.textContent).toContain('删除');
    const resources = within(panel).getByRole('region', { name: '关键资源' });
    expect(within(resources).getByText('校企合作项目').closest('li')?.textContent).toContain('新增');
    // The overlay is set by an effect after the list renders.
    await waitFor(() => expect(useAppStore.getState().diffMarks).not.toBeNull());
    const marks = useAppStore.getState().diffMarks!;
    expect(marks.nodes.get('drv-student-shop')).toBe('removed');
    expect(marks.nodes.get('drv-school-integration')).toBe('changed');
    expect(history().pastStates).toHaveLength(0);
    fireEvent.click(within(panel).getByLabelText('在画布上显示差异'));
    expect(useAppStore.getState().diffMarks).toBeNull();
  });
  it('a broken or foreign file shows the import path’s message and changes neither model', async () => {
    const before = useAppStore.getState().doc;
    const restore = provideServices({ pickFile: async () => new File(['{"type":"excalidraw","elements":[]}'], 'drawing.json') });
    try {
      render(<ComparePanel />);
      const panel = screen.getByRole('region', { name: '比较模型' });
      await act(async () => fireEvent.click(within(panel).getByRole('button', { name: '与文件比较…' })));
      const alert = await within(panel).findByRole('alert');
      expect(alert.textContent).toMatch(/^无法与“drawing.json”比较：.+两个模型均未改变。$/);
      expect(useAppStore.getState().doc).toBe(before);
      expect(useAppStore.getState().diffMarks).toBeNull();
      expect(history().pastStates).toHaveLength(0);
    } finally {
      restore();
    }
  });
});
