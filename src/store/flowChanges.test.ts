import { beforeEach, describe, expect, it } from 'vitest';
import { blankModel } from '../model/blank';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { applyEdgeChanges, applyNodeChanges } from './flowChanges';

beforeEach(() => {
  createTestEditor({ state: {
    doc: { ...blankModel('t', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] },
    selection: { nodes: new Set(), edges: new Set() },
    measured: new Map(),
  } });
});

describe('applyNodeChanges', () => {
  it('makes a drag of 60 frames exactly one undo step', () => {
    for (let i = 1; i <= 60; i++) applyNodeChanges([{ id: 'a', type: 'position', position: { x: i, y: i }, dragging: true }]);
    applyNodeChanges([{ id: 'a', type: 'position', position: { x: 60, y: 61 }, dragging: false }]);
    expect(useAppStore.getState().doc.nodes[0].position).toEqual({ x: 60, y: 61 });
    expect(history().pastStates).toHaveLength(1);
    expect(history().isTracking).toBe(true);
    history().undo();
    expect(useAppStore.getState().doc.nodes[0].position).toEqual({ x: 0, y: 0 });
  });

  it('keeps measuring and selection out of the document and the history', () => {
    applyNodeChanges([
      { id: 'a', type: 'dimensions', dimensions: { width: 200, height: 80 } },
      { id: 'a', type: 'select', selected: true },
    ]);
    applyEdgeChanges([{ id: 'e', type: 'select', selected: true }]);
    const s = useAppStore.getState();
    expect(s.measured.get('a')).toEqual({ width: 200, height: 80 });
    expect([...s.selection.nodes]).toEqual(['a']);
    expect([...s.selection.edges]).toEqual(['e']);
    expect(s.doc.nodes[0].size).toBeUndefined();
    expect(history().pastStates).toHaveLength(0);
  });

  it('keeps the measured map and its size objects when React Flow re-reports the same size', () => {
    applyNodeChanges([{ id: 'a', type: 'dimensions', dimensions: { width: 200, height: 80 } }]);
    const first = useAppStore.getState().measured;
    const size = first.get('a');
    applyNodeChanges([{ id: 'a', type: 'dimensions', dimensions: { width: 200, height: 80 } }]);
    expect(useAppStore.getState().measured).toBe(first);
    expect(useAppStore.getState().measured.get('a')).toBe(size);
    applyNodeChanges([{ id: 'a', type: 'dimensions', dimensions: { width: 201, height: 80 } }]);
    expect(useAppStore.getState().measured).not.toBe(first);
    expect(useAppStore.getState().measured.get('a')).toEqual({ width: 201, height: 80 });
  });

  it('records a resize gesture as one step with the final size', () => {
    applyNodeChanges([{ id: 'a', type: 'dimensions', dimensions: { width: 210, height: 90 }, resizing: true }]);
    applyNodeChanges([{ id: 'a', type: 'dimensions', dimensions: { width: 260, height: 100 }, resizing: true }]);
    applyNodeChanges([{ id: 'a', type: 'dimensions', dimensions: { width: 260, height: 100 }, resizing: false }]);
    expect(useAppStore.getState().doc.nodes[0].size).toEqual({ width: 260, height: 100 });
    expect(history().pastStates).toHaveLength(1);
  });
});
