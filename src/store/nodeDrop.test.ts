import { beforeEach, describe, expect, it } from 'vitest';
import { smallModel } from '../model/testing/editFixtures';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { applyNodeChanges, endGesture } from './flowChanges';
import { dropNodes, startNodeDrag } from './nodeDrop';
import { EMPTY_SELECTION } from './viewSlice';

const node = (id: string) => useAppStore.getState().doc.nodes.find((n) => n.id === id)!;

beforeEach(() => {
  createTestEditor({ state: { doc: smallModel(), selection: EMPTY_SELECTION, measured: new Map() } });
});

function drag(id: string, to: { x: number; y: number }, frames = 10) {
  startNodeDrag();
  const from = node(id).position;
  for (let i = 1; i <= frames; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / frames, y: from.y + ((to.y - from.y) * i) / frames };
    applyNodeChanges([{ id, type: 'position', position: p, dragging: true }]);
  }
  applyNodeChanges([{ id, type: 'position', position: to, dragging: false }]);
  endGesture();
  dropNodes([id]);
}

describe('dropping dragged nodes into and out of groups', () => {
  it('a drag into a group is ONE undo step that also undoes the re-parenting', () => {
    const before = useAppStore.getState().doc;
    drag('a2', { x: 150, y: 220 });
    expect(node('a2')).toMatchObject({ parent: 'g1', position: { x: 50, y: 120 } });
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useAppStore.getState().doc).toBe(before);
    history().redo();
    expect(node('a2').parent).toBe('g1');
  });
  it('a drag out of a group un-parents the node in the same step', () => {
    drag('a1', { x: 700, y: 0 });
    expect(node('a1').parent).toBeUndefined();
    expect(node('a1').position).toEqual({ x: 800, y: 100 });
    expect(history().pastStates).toHaveLength(1);
  });
  it('a drag that stays in place changes nothing more', () => {
    drag('r1', { x: 640, y: 420 });
    expect(node('r1').parent).toBeUndefined();
    expect(history().pastStates).toHaveLength(1);
  });
});
