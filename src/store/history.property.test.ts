import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parentsComeFirst } from '../model/order';
import { GROUP_KIND, type TheoryModel } from '../model/types';
import { findRelation, relationAllows } from '../model/vocabulary';
import { HISTORY_LIMIT, history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { copySelection, cutSelection, duplicateSelection, pasteText } from './clipboardActions';
import {
  addNodeAt,
  changeRelation,
  connectByDrag,
  connectNodes,
  deleteSelection,
  groupSelection,
  nudgeSelection,
  reconnect,
  select,
  ungroupSelection,
} from './editActions';
import { applyNodeChanges, endGesture } from './flowChanges';
import { dropNodes, startNodeDrag } from './nodeDrop';
import { loadFigure2 } from './testing/figure2';
import { EMPTY_SELECTION } from './viewSlice';

/**
 * Random sequences of the editing actions on Figure 2: every action is at most one undo step,
 * undoing everything returns exactly the initial document (the same object), redoing everything
 * returns exactly the final one, and the document stays well-formed after every action.
 */

type Op =
  | { op: 'add'; kind: number; x: number; y: number }
  | { op: 'delete'; nodes: number[]; edges: number[] }
  | { op: 'connect'; a: number; b: number; relation: number | null; drag: boolean }
  | { op: 'reconnect'; edge: number; node: number; end: 'source' | 'target' }
  | { op: 'relation'; edge: number; relation: number }
  | { op: 'group'; nodes: number[] }
  | { op: 'ungroup'; nodes: number[] }
  | { op: 'nudge'; nodes: number[]; dx: number; dy: number }
  | { op: 'drag'; node: number; x: number; y: number }
  | { op: 'copyPaste'; nodes: number[]; cut: boolean }
  | { op: 'duplicate'; nodes: number[] };

const idx = fc.nat(60);
const idxs = fc.array(idx, { maxLength: 4 });
const coord = fc.integer({ min: -200, max: 1400 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), kind: fc.nat(3), x: coord, y: coord }),
  fc.record({ op: fc.constant('delete' as const), nodes: idxs, edges: idxs }),
  fc.record({ op: fc.constant('connect' as const), a: idx, b: idx, relation: fc.option(fc.nat(7)), drag: fc.boolean() }),
  fc.record({ op: fc.constant('reconnect' as const), edge: idx, node: idx, end: fc.constantFrom('source' as const, 'target' as const) }),
  fc.record({ op: fc.constant('relation' as const), edge: idx, relation: fc.nat(7) }),
  fc.record({ op: fc.constant('group' as const), nodes: idxs }),
  fc.record({ op: fc.constant('ungroup' as const), nodes: idxs }),
  fc.record({ op: fc.constant('nudge' as const), nodes: idxs, dx: fc.integer({ min: -10, max: 10 }), dy: fc.integer({ min: -10, max: 10 }) }),
  fc.record({ op: fc.constant('drag' as const), node: idx, x: coord, y: coord }),
  fc.record({ op: fc.constant('copyPaste' as const), nodes: idxs, cut: fc.boolean() }),
  fc.record({ op: fc.constant('duplicate' as const), nodes: idxs }),
);

const doc = () => useAppStore.getState().doc;
const nodeAt = (i: number) => doc().nodes[i % Math.max(1, doc().nodes.length)]?.id ?? 'none';
const edgeAt = (i: number) => doc().edges[i % Math.max(1, doc().edges.length)]?.id ?? 'none';
const kinds = () => [...doc().vocabulary.nodeKinds.map((k) => k.id), GROUP_KIND];
const relationAt = (i: number) => doc().vocabulary.relationTypes[i % doc().vocabulary.relationTypes.length].id;

/** A follow-up action (the paste after a copy), run and checked as its own action. */
let pending: (() => void) | undefined;

function apply(o: Op) {
  switch (o.op) {
    case 'add':
      return void addNodeAt(kinds()[o.kind % kinds().length], { x: o.x, y: o.y });
    case 'delete':
      select(o.nodes.map(nodeAt), o.edges.map(edgeAt));
      return void deleteSelection();
    case 'connect':
      if (o.drag) return void connectByDrag(nodeAt(o.a), nodeAt(o.b));
      return void connectNodes(nodeAt(o.a), nodeAt(o.b), o.relation === null ? undefined : relationAt(o.relation));
    case 'reconnect':
      return void reconnect(edgeAt(o.edge), { [o.end]: nodeAt(o.node) });
    case 'relation':
      return void changeRelation(edgeAt(o.edge), relationAt(o.relation));
    case 'group':
      select(o.nodes.map(nodeAt));
      return void groupSelection();
    case 'ungroup':
      select(o.nodes.map(nodeAt));
      return void ungroupSelection();
    case 'nudge':
      select(o.nodes.map(nodeAt));
      return void nudgeSelection(o.dx, o.dy);
    case 'drag': {
      const id = nodeAt(o.node);
      if (!doc().nodes.some((n) => n.id === id)) return;
      startNodeDrag();
      for (let f = 1; f <= 3; f++) applyNodeChanges([{ id, type: 'position', position: { x: o.x + f, y: o.y }, dragging: true }]);
      applyNodeChanges([{ id, type: 'position', position: { x: o.x, y: o.y }, dragging: false }]);
      endGesture();
      return dropNodes([id]);
    }
    case 'copyPaste': {
      // Two user actions: copy or cut (cut is a step), then paste (a step). Checked one by one.
      select(o.nodes.map(nodeAt));
      const text = o.cut ? cutSelection() : copySelection();
      if (text !== undefined) pending = () => void pasteText(text);
      return;
    }
    case 'duplicate':
      select(o.nodes.map(nodeAt));
      return void duplicateSelection();
  }
}

/** What every action must leave behind: React Flow's order, unique ids, real ends, allowed relations. */
function expectWellFormed(d: TheoryModel) {
  const ids = new Set(d.nodes.map((n) => n.id));
  expect(ids.size).toBe(d.nodes.length);
  expect(new Set(d.edges.map((e) => e.id)).size).toBe(d.edges.length);
  expect(parentsComeFirst(d.nodes)).toBe(true);
  const kindOf = new Map(d.nodes.map((n) => [n.id, n.kind]));
  for (const n of d.nodes) if (n.parent !== undefined) expect(kindOf.get(n.parent)).toBe(GROUP_KIND);
  for (const e of d.edges) {
    expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(e.source).not.toBe(e.target);
    expect(relationAllows(findRelation(d.vocabulary, e.relation)!, kindOf.get(e.source)!, kindOf.get(e.target)!)).toBe(true);
  }
}

let figure2: TheoryModel;
beforeAll(() => {
  figure2 = loadFigure2();
});

function start() {
  createTestEditor({ state: { doc: figure2, selection: EMPTY_SELECTION, notices: [], measured: new Map(), relationPicker: null, lastKind: null } });
}

describe('undo/redo over random edit sequences (Figure 2)', () => {
  it('undo all returns the initial document and redo all the final one', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        start();
        expectWellFormed(doc());
        let changes = 0;
        const actions = ops.flatMap((o) => [
          () => apply(o),
          () => {
            const next = pending;
            pending = undefined;
            next?.();
          },
        ]);
        for (const action of actions) {
          const before = doc();
          const stepsBefore = history().pastStates.length;
          action();
          const changed = doc() !== before;
          // Exactly one step per change, none otherwise (copy, refused connections, empty selections).
          expect(history().pastStates.length - stepsBefore).toBe(changed ? 1 : 0);
          if (changed) changes++;
          expect(history().isTracking).toBe(true);
          expectWellFormed(doc());
        }
        const final = doc();
        expect(history().pastStates).toHaveLength(changes);
        history().undo(changes);
        expect(doc()).toBe(figure2);
        expect(doc()).toEqual(loadFigure2());
        history().redo(changes);
        expect(doc()).toBe(final);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it(`keeps at most ${HISTORY_LIMIT} steps; the oldest fall off`, () => {
    start();
    select(['actor-school']);
    const docs: TheoryModel[] = [doc()];
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) {
      nudgeSelection(1, 0);
      docs.push(doc());
    }
    expect(history().pastStates).toHaveLength(HISTORY_LIMIT);
    history().undo(HISTORY_LIMIT + 50);
    expect(doc()).toBe(docs[50]);
    expect(history().pastStates).toHaveLength(0);
  });
});
