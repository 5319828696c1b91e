// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallModel } from '../../model/testing/editFixtures';
import { history, useAppStore } from '../../store/appStore';
import { createTestEditor } from '../../store/testing/testEditor';
import { EMPTY_SELECTION } from '../../store/viewSlice';
import { ToolPanels } from '../ToolPanels';

beforeEach(() => {
  const doc = smallModel();
  doc.meta = { title: '宁波模型', language: 'zh-CN' };
  doc.nodes = doc.nodes.map((n) => (n.id === 'a1' ? { ...n, label: '宁波学校 <b>x</b>', description: '在宁波' } : n));
  createTestEditor({ state: { doc, uiLang: 'en', diagramLang: 'en', selection: EMPTY_SELECTION, toolPanel: 'find', notices: [] } });
});
afterEach(cleanup);

describe('Find and replace', () => {
  it('previews every hit with its element and field, the hit in a <mark>, as text', () => {
    render(<ToolPanels />);
    const panel = screen.getByRole('region', { name: 'Find and replace' });
    fireEvent.change(within(panel).getByLabelText('Find'), { target: { value: '宁波' } });
    expect(within(panel).getByRole('status').textContent).toBe('Matches: 3');
    const hits = within(panel).getAllByRole('button').filter((b) => b.querySelector('mark'));
    expect(hits.map((b) => b.querySelector('.tm-tool-where')?.textContent)).toEqual(['the model · title', 'Key actor “宁波学校 <b>x</b>” · label', 'Key actor “宁波学校 <b>x</b>” · description']);
    expect(hits.map((b) => b.querySelector('mark')?.textContent)).toEqual(['宁波', '宁波', '宁波']);
    // Markup in a label is shown as text, never parsed.
    expect(panel.querySelector('b')).toBeNull();
    fireEvent.click(hits[1]);
    expect([...useAppStore.getState().selection.nodes]).toEqual(['a1']);
  });

  it('replace all is one undo step', () => {
    render(<ToolPanels />);
    const panel = screen.getByRole('region', { name: 'Find and replace' });
    fireEvent.change(within(panel).getByLabelText('Find'), { target: { value: '宁波' } });
    fireEvent.change(within(panel).getByLabelText('Replace with'), { target: { value: '成都' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Replace all' }));
    const doc = useAppStore.getState().doc;
    expect(doc.meta.title).toBe('成都模型');
    expect(doc.nodes.find((n) => n.id === 'a1')).toMatchObject({ label: '成都学校 <b>x</b>', description: '在成都' });
    expect(history().pastStates).toHaveLength(1);
    expect(useAppStore.getState().notices.at(-1)?.text).toBe('Replaced 3 occurrences. One Undo reverts them all.');
    history().undo();
    expect(useAppStore.getState().doc.meta.title).toBe('宁波模型');
  });
});
