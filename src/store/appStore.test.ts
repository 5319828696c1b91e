import { beforeEach, describe, expect, it } from 'vitest';
import { blankModel } from '../model/blank';
import { moveNodes } from '../model/edits';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';

function reset() {
  const doc = { ...blankModel('t', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] };
  createTestEditor({ state: { doc } });
  return doc;
}

describe('app store history', () => {
  beforeEach(reset);

  it('records a document edit as one step and undoes it', () => {
    const before = useAppStore.getState().doc;
    useAppStore.getState().edit((d) => moveNodes(d, new Map([['a', { x: 5, y: 5 }]])));
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useAppStore.getState().doc).toBe(before);
    history().redo();
    expect(useAppStore.getState().doc.nodes[0].position).toEqual({ x: 5, y: 5 });
  });

  it('does not record view changes or no-op edits', () => {
    useAppStore.getState().setSelection({ nodes: new Set(['a']), edges: new Set() });
    useAppStore.getState().setLegendVisible(false);
    useAppStore.getState().edit((d) => d);
    expect(history().pastStates).toHaveLength(0);
  });
});
