import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setNodeText } from '../model/fieldEdits';
import { editField, endFieldEdit } from '../store/fieldSession';
import { applyNodeChanges } from '../store/flowChanges';
import { createTestEditor, modelWith, type TestEditor } from '../store/testing/testEditor';
import { bindModel, type Binding } from './binding';
import { createLiveHistory, type LiveHistory } from './liveHistory';
import { storePort } from './storePort';
import { fakePort, linkedDocs, relabel } from './testing';

/**
 * The editor's own history swapped for the session's (Yjs UndoManager): a real editor, its store
 * bound to one Y.Doc, a second peer on another, and Undo/Redo through `editor.history` as the
 * commands call it.
 */
let t: TestEditor;
let live: LiveHistory;
let binding: Binding;
let peer: ReturnType<typeof fakePort>;

beforeEach(() => {
  vi.useFakeTimers();
  t = createTestEditor({
    doc: modelWith([
      { id: 'a', kind: 'actor', label: '学校', position: { x: 0, y: 0 } },
      { id: 'b', kind: 'actor', label: '企业', position: { x: 300, y: 0 } },
    ]),
  });
  t.swapHistory((own) => (live = createLiveHistory(own, () => t.doc())));
  const [docA, docB] = linkedDocs();
  binding = bindModel(docA, storePort(live.policy));
  binding.seed();
  live.attach(binding);
  peer = fakePort({ ...t.doc(), nodes: [], edges: [] });
  bindModel(docB, peer);
});
afterEach(() => {
  live.attach(null);
  binding.dispose();
  t.restore();
  vi.useRealTimers();
});

const drag = (id: string, to: number, peerEdit?: () => void) => {
  for (let i = 1; i <= to; i++) {
    applyNodeChanges([{ id, type: 'position', position: { x: i, y: 0 }, dragging: true }]);
    vi.advanceTimersByTime(16);
    if (i === Math.floor(to / 2)) peerEdit?.();
  }
  applyNodeChanges([{ id, type: 'position', position: { x: to, y: 0 }, dragging: false }]);
};
const nodeIn = (doc: { nodes: { id: string; label: string; position: { x: number } }[] }, id: string) => doc.nodes.find((n) => n.id === id);

describe('Undo and Redo through the editor history while live', () => {
  it('make a drag one step even while a peer edits, and undo only this person’s move', () => {
    drag('a', 60, () => peer.edit(relabel(peer.model(), 'b', 'B 改的')));
    vi.advanceTimersByTime(100);
    expect(nodeIn(peer.model(), 'a')?.position.x).toBe(60);
    expect(t.steps()).toEqual({ undo: 1, redo: 0 });
    t.history.undo();
    expect(nodeIn(t.doc(), 'a')?.position.x).toBe(0);
    expect(nodeIn(peer.model(), 'a')?.position.x).toBe(0);
    expect(nodeIn(t.doc(), 'b')?.label).toBe('B 改的');
    expect(t.history.canUndo()).toBe(false);
    t.history.redo();
    expect(nodeIn(peer.model(), 'a')?.position.x).toBe(60);
  });

  it('make a typing burst one step, apart from the drag before it', () => {
    drag('a', 40);
    let text = '企业';
    for (const ch of ' group') {
      text += ch;
      const next = text;
      editField('node:b:label', (d) => setNodeText(d, 'b', 'zh', next));
    }
    endFieldEdit();
    vi.advanceTimersByTime(100);
    expect(nodeIn(peer.model(), 'b')?.label).toBe('企业 group');
    expect(t.steps().undo).toBe(2);
    t.history.undo();
    expect(nodeIn(peer.model(), 'b')?.label).toBe('企业');
    expect(nodeIn(peer.model(), 'a')?.position.x).toBe(40);
    t.history.undo();
    expect(nodeIn(peer.model(), 'a')?.position.x).toBe(0);
  });

  it('keeps no steps in the editor’s own history while live, and gives it back on leaving', () => {
    t.state().edit((d) => relabel(d, 'a', 'one'));
    expect(t.steps().undo).toBe(1);
    t.swapHistory(null);
    expect(t.steps().undo).toBe(0);
    t.state().edit((d) => relabel(d, 'a', 'two'));
    t.history.undo();
    expect(nodeIn(t.doc(), 'a')?.label).toBe('one');
  });

  it('tells the toolbar when undo becomes available', () => {
    const changed = vi.fn();
    t.history.subscribe(changed);
    t.state().edit((d) => relabel(d, 'a', 'one'));
    expect(changed).toHaveBeenCalled();
  });
});
