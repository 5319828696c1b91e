import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { absoluteRect, nodesById, sizeFrom } from '../model/geometry';
import { setNodeText } from '../model/fieldEdits';
import type { Size, TheoryModel } from '../model/types';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { editField, endFieldEdit } from './fieldSession';
import { grownIds, installRoomMaking, loadRoomKernel } from './roomMaking';
import { loadFigure2 } from './testing/figure2';

/** Every element measured 200 × 52: one line, as the canvas measures a Chinese driver of Figure 2. */
const baseSizes = (doc: TheoryModel) => new Map<string, Size>(doc.nodes.filter((n) => n.kind !== 'group').map((n) => [n.id, { width: 200, height: 52 }]));

function siblingOverlaps(doc: TheoryModel, measured: ReadonlyMap<string, Size>): string[] {
  const sizeOf = sizeFrom(measured);
  const byId = nodesById(doc);
  const out: string[] = [];
  for (const a of doc.nodes) {
    for (const b of doc.nodes) {
      if (a.id >= b.id || (a.parent ?? null) !== (b.parent ?? null)) continue;
      const r = absoluteRect(byId, a, sizeOf);
      const q = absoluteRect(byId, b, sizeOf);
      if (r.x < q.x + q.width && q.x < r.x + r.width && r.y < q.y + q.height && q.y < r.y + r.height) out.push(`${a.id}×${b.id}`);
    }
  }
  return out;
}

let stop: () => void = () => {};
beforeEach(async () => {
  await loadRoomKernel();
  const doc = loadFigure2();
  createTestEditor({ state: { doc, measured: baseSizes(doc), diagramLang: 'zh' } });
  stop = installRoomMaking();
});
afterEach(() => stop());

/** What the canvas does after a render: a new measured map; room is made a microtask later. */
const measure = async (id: string, height: number) => {
  const m = new Map(useAppStore.getState().measured);
  m.set(id, { width: 200, height });
  useAppStore.getState().setMeasured(m);
  await Promise.resolve();
};

describe('grownIds', () => {
  it('lists nodes measured larger, not smaller, equal or first-measured ones', () => {
    const before = new Map([['a', { width: 200, height: 60 }], ['b', { width: 200, height: 60 }], ['c', { width: 200, height: 60 }]]);
    const after = new Map([['a', { width: 200, height: 80 }], ['b', { width: 200, height: 40 }], ['c', { width: 200, height: 60 }], ['d', { width: 10, height: 10 }]]);
    expect(grownIds(before, after)).toEqual(['a']);
  });
});

describe('making room in the store', () => {
  it('a label typed into a driver: neighbours move within the same undo step as the typing', async () => {
    const before = useAppStore.getState().doc;
    const long = '主持创业项目'.repeat(12);
    for (let i = 1; i <= 3; i++) {
      editField('node:drv-student-startup:label', (d) => setNodeText(d, 'drv-student-startup', 'zh', long.slice(0, i * 20)));
      await measure('drv-student-startup', 60 + i * 40);
    }
    endFieldEdit();
    const s = useAppStore.getState();
    expect(siblingOverlaps(s.doc, s.measured)).toEqual([]);
    expect(s.doc.nodes.find((n) => n.id === 'drv-student-contest')!.position.y).toBeGreaterThan(290);
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useAppStore.getState().doc).toBe(before);
  });

  it('a language switch: the room-making move is its own undo step', async () => {
    const before = useAppStore.getState().doc;
    useAppStore.getState().setDiagramLang('en');
    const m = new Map(useAppStore.getState().measured);
    for (const id of ['drv-student-startup', 'drv-school-pilot', 'drv-org-resources']) m.set(id, { width: 200, height: 110 });
    useAppStore.getState().setMeasured(m);
    await Promise.resolve();
    const s = useAppStore.getState();
    expect(s.doc).not.toBe(before);
    expect(siblingOverlaps(s.doc, s.measured)).toEqual([]);
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useAppStore.getState().doc).toBe(before);
  });

  it('does nothing when the grown node still fits', async () => {
    const before = useAppStore.getState().doc;
    await measure('drv-org-resources', 80); // 104 px from the next driver's top: room to spare
    expect(useAppStore.getState().doc).toBe(before);
    expect(history().pastStates).toHaveLength(0);
  });
});
