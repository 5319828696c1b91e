/**
 * Edits on a keyed document (format v4): new elements get keys after the last, paste keeps the
 * copied elements' relative order, a group's key falls just before its first member, and nothing
 * else is re-keyed, so a co-editor's concurrent edit of other elements never conflicts on order.
 */
import { describe, expect, it } from 'vitest';
import { extractFragment, insertFragment } from './clipboard';
import { connect } from './connections';
import { groupNodes, ungroupNodes } from './grouping';
import { orderedEdges, orderedNodes, parentsComeFirst } from './order';
import { settleKeys } from './orderKeys';
import { reparentOnDrop } from './reparent';
import { addNode, removeElements } from './structure';
import { smallModel, testSizes } from './testing/editFixtures';
import { sequentialIds } from './testing/ids';
import type { ModelEdge, ModelNode, TheoryModel } from './types';

/** smallModel with keys a0… in array order, as the 3 → 4 migration gives them. */
function keyedModel(): TheoryModel {
  const doc = smallModel();
  return { ...doc, nodes: settleKeys(doc.nodes), edges: settleKeys(doc.edges) };
}

/** Keys strictly increase along the array and the array is what the keys derive. */
function consistent(doc: TheoryModel) {
  const inc = (list: (ModelNode | ModelEdge)[]) => list.every((e, i) => e.order !== undefined && (i === 0 || list[i - 1].order! < e.order));
  expect(inc(doc.nodes)).toBe(true);
  expect(inc(doc.edges)).toBe(true);
  expect(orderedNodes(doc.nodes)).toBe(doc.nodes);
  expect(orderedEdges(doc.edges)).toBe(doc.edges);
  expect(parentsComeFirst(doc.nodes)).toBe(true);
}

const unchangedKeys = (before: TheoryModel, after: TheoryModel, except: string[] = []) => {
  for (const n of before.nodes) {
    const now = after.nodes.find((m) => m.id === n.id);
    if (now && !except.includes(n.id)) expect(now.order).toBe(n.order);
  }
};

describe('edits keep order keys', () => {
  it('a new node and a new edge get keys after the last: drawn on top', () => {
    const doc = keyedModel();
    const { doc: next, id } = addNode(doc, { kind: 'actor', position: { x: 0, y: 0 } }, sequentialIds());
    consistent(next);
    expect(next.nodes.at(-1)!.id).toBe(id);
    unchangedKeys(doc, next);
    const linked = connect(next, 'a2', id!, undefined, sequentialIds());
    if (!linked.ok) throw new Error(linked.reason);
    consistent(linked.doc);
    expect(linked.doc.edges.at(-1)!.order! > doc.edges.at(-1)!.order!).toBe(true);
  });

  it('paste puts the copies after the last, in the order they were copied, with new keys', () => {
    const doc = keyedModel();
    const frag = extractFragment(doc, ['g1', 'a2'])!;
    const { doc: next, nodeIds } = insertFragment(doc, frag, sequentialIds());
    consistent(next);
    expect(next.nodes.slice(-4).map((n) => n.id)).toEqual(nodeIds);
    expect(nodeIds).toEqual(['g1-1', 'a1-1', 'd1-1', 'a2-1']);
    unchangedKeys(doc, next);
    const keys = new Set(next.nodes.map((n) => n.order));
    expect(keys.size).toBe(next.nodes.length);
  });

  it('a new group gets a key just before its first member; nothing else is re-keyed; ungroup gives it back', () => {
    const doc = keyedModel();
    const { doc: next, id } = groupNodes(doc, ['a2', 'r1'], { sizeOf: testSizes }, sequentialIds());
    consistent(next);
    const at = next.nodes.findIndex((n) => n.id === id);
    expect(next.nodes[at + 1].id).toBe('a2');
    unchangedKeys(doc, next);
    expect(ungroupNodes(next, [id!]).doc.nodes).toEqual(doc.nodes);
  });

  it('dropping a node into a later group re-keys only the group pulled in front of it', () => {
    let doc = keyedModel();
    doc = addNode(doc, { kind: 'group', position: { x: 1000, y: 1000 } }, sequentialIds()).doc; // after r1
    const group = doc.nodes.at(-1)!;
    doc = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'a2' ? { ...n, position: { x: 1040, y: 1060 } } : n)) };
    const next = reparentOnDrop(doc, ['a2'], testSizes);
    expect(next.nodes.find((n) => n.id === 'a2')!.parent).toBe(group.id);
    consistent(next);
    unchangedKeys(doc, next, [group.id]);
  });

  it('deleting keeps every other key', () => {
    const doc = keyedModel();
    const next = removeElements(doc, ['g1'], ['e3']);
    consistent(next);
    unchangedKeys(doc, next);
  });

  it('a keyless document stays keyless', () => {
    const doc = smallModel();
    const next = addNode(doc, { kind: 'actor', position: { x: 0, y: 0 } }, sequentialIds()).doc;
    expect(next.nodes.every((n) => n.order === undefined)).toBe(true);
  });
});
