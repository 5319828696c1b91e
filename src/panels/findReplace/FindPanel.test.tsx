// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallModel } from '../../model/testing/editFixtures';
import { history, useAppStore } from '../../store/appStore';
import { createTestEditor } from '../../store/testing/testEditor';
import { EMPTY_SELECTION } from '../../store/viewSlice';
import { ToolPanels } from '../ToolPanels';
import { provideServices } from '../../commands/services';
import { lazyPartsLoaded } from '../../canvas/testing/lazyParts';

beforeEach(() => {
  const doc = smallModel();
  doc.meta = { title: '宁波模型', language: 'zh-CN' };
  doc.nodes = doc.nodes.map((n) => (n.id === 'a1' ? { ...n, label: '宁波学校 <b>x</b>', description: '在宁波' } : n));
  createTestEditor({ state: { doc, uiLang: 'en', diagramLang: 'en', selection: EMPTY_SELECTION, toolPanel: 'find', notices: [] } });
});
afterEach(cleanup);

describe('Find and replace', () => {
  it('previews every hit with its element and field, the hit in a <mark>, as text', async () => {
    render(<ToolPanels />);
    await lazyPartsLoaded();
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

  it('replace all is one undo step', async () => {
    render(<ToolPanels />);
    await lazyPartsLoaded();
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
  it('marks the elements holding matches on the canvas, steps through them and brings each into view', async () => {
    const revealed: string[][] = [];
    const restore = provideServices({ reveal: (ids) => void revealed.push([...ids]) });
    try {
      const doc = useAppStore.getState().doc;
      useAppStore.setState({ doc: { ...doc, nodes: doc.nodes.map((n) => (n.id === 'a2' ? { ...n, label: '学校', labels: { en: 'Ningbo school' } } : n)) } });
      history().clear();
      const { unmount } = render(<ToolPanels />);
      await lazyPartsLoaded();
      const panel = screen.getByRole('region', { name: 'Find and replace' });
      fireEvent.change(within(panel).getByLabelText('Find'), { target: { value: 'ningbo' } });
      // Hits in either language: a1's Chinese label does not match, a2's English translation does.
      expect(useAppStore.getState().findMarks).toMatchObject({ nodes: new Set(['a2']), current: { type: 'node', id: 'a2' } });
      fireEvent.change(within(panel).getByLabelText('Find'), { target: { value: '宁波' } });
      expect(useAppStore.getState().findMarks).toMatchObject({ nodes: new Set(['a1']), current: { type: 'node', id: 'a1' } });
      fireEvent.change(within(panel).getByLabelText('Find'), { target: { value: '1' } }); // D1 and R1
      expect(within(panel).getByText('Match 1 of 2')).toBeTruthy();
      fireEvent.click(within(panel).getByRole('button', { name: 'Next match' }));
      expect(within(panel).getByText('Match 2 of 2')).toBeTruthy();
      expect(useAppStore.getState().findMarks?.current).toEqual({ type: 'node', id: 'r1' });
      fireEvent.keyDown(within(panel).getByLabelText('Find'), { key: 'Enter' });
      expect(useAppStore.getState().findMarks?.current).toEqual({ type: 'node', id: 'd1' });
      expect(revealed.at(-1)).toEqual(['d1']);
      expect(history().pastStates).toHaveLength(0);
      unmount();
      expect(useAppStore.getState().findMarks).toBeNull();
    } finally {
      restore();
    }
  });
});
