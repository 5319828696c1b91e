import { describe, expect, it } from 'vitest';
import { absolutePosition, nodesById } from './geometry';
import { canContain, groupNodes, ungroupNodes } from './grouping';
import { parentsComeFirst } from './order';
import { smallModel, testSizes } from './testing/editFixtures';
import { sequentialIds } from './testing/ids';
import type { TheoryModel } from './types';

const abs = (doc: TheoryModel, id: string) => absolutePosition(nodesById(doc), id);

describe('groupNodes', () => {
  it('boxes the nodes with padding 16 / 44 top and re-parents them without moving them', () => {
    const doc = smallModel();
    const { doc: next, id } = groupNodes(doc, ['a2', 'r1'], { sizeOf: testSizes }, sequentialIds());
    expect(id).toBe('group-1');
    const group = next.nodes.find((n) => n.id === id)!;
    // a2 at (600,100), r1 at (600,400), both 200×60 → box (600,100)-(800,460)
    expect(group.position).toEqual({ x: 584, y: 56 });
    expect(group.size).toEqual({ width: 232, height: 420 });
    expect(group.parent).toBeUndefined();
    expect(next.nodes.find((n) => n.id === 'a2')!).toMatchObject({ parent: id, position: { x: 16, y: 44 } });
    expect(abs(next, 'r1')).toEqual(abs(doc, 'r1'));
    expect(parentsComeFirst(next.nodes)).toBe(true);
    expect(next.edges).toBe(doc.edges);
  });
  it('nests the new group in the members’ shared parent', () => {
    const doc = smallModel();
    const { doc: next, id } = groupNodes(doc, ['a1', 'd1'], { sizeOf: testSizes }, sequentialIds());
    const group = next.nodes.find((n) => n.id === id)!;
    expect(group.parent).toBe('g1');
    expect(group.position).toEqual({ x: 0, y: 0 });
    expect(abs(next, 'a1')).toEqual(abs(doc, 'a1'));
    expect(abs(next, 'd1')).toEqual(abs(doc, 'd1'));
    expect(parentsComeFirst(next.nodes)).toBe(true);
    expect(next.nodes.findIndex((n) => n.id === 'g1')).toBeLessThan(next.nodes.findIndex((n) => n.id === id));
  });
  it('takes a selected group with its contents, and nodes of different parents out to the top level', () => {
    const doc = smallModel();
    const { doc: next, id } = groupNodes(doc, ['g1', 'a1', 'a2'], { sizeOf: testSizes }, sequentialIds());
    expect(next.nodes.find((n) => n.id === 'g1')!.parent).toBe(id);
    expect(next.nodes.find((n) => n.id === 'a1')!.parent).toBe('g1');
    expect(next.nodes.find((n) => n.id === id)!.parent).toBeUndefined();
    for (const n of doc.nodes) expect(abs(next, n.id)).toEqual(abs(doc, n.id));
    expect(parentsComeFirst(next.nodes)).toBe(true);
  });
  it('does nothing without nodes', () => {
    const doc = smallModel();
    expect(groupNodes(doc, ['nope'], { sizeOf: testSizes }, sequentialIds())).toEqual({ doc });
  });
});

describe('ungroupNodes', () => {
  it('removes the box; children keep their absolute positions', () => {
    const doc = smallModel();
    const { doc: next, children } = ungroupNodes(doc, ['g1', 'a2']);
    expect(children).toEqual(['a1', 'd1']);
    expect(next.nodes.map((n) => n.id)).toEqual(['a1', 'd1', 'a2', 'r1']);
    expect(abs(next, 'a1')).toEqual({ x: 116, y: 144 });
    expect(next.nodes.every((n) => n.parent === undefined)).toBe(true);
  });
  it('undoes a grouping exactly (same absolute positions, no group left)', () => {
    const doc = smallModel();
    const grouped = groupNodes(doc, ['a2', 'r1'], { sizeOf: testSizes }, sequentialIds());
    const { doc: back } = ungroupNodes(grouped.doc, [grouped.id!]);
    expect(back.nodes).toEqual(doc.nodes);
  });
  it('drops edges attached to the removed box', () => {
    const doc = { ...smallModel(), edges: [...smallModel().edges, { id: 'eg', source: 'g1', target: 'a2', relation: 'supports' }] };
    expect(ungroupNodes(doc, ['g1']).doc.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });
  it('ignores non-groups', () => {
    const doc = smallModel();
    expect(ungroupNodes(doc, ['a2']).doc).toBe(doc);
  });
});

describe('canContain', () => {
  it('refuses the node itself, non-groups and cycles', () => {
    const doc = groupNodes(smallModel(), ['g1'], { sizeOf: testSizes }, sequentialIds()).doc;
    expect(canContain(doc, 'g1', 'a2')).toBe(true);
    expect(canContain(doc, 'g1', 'g1')).toBe(false);
    expect(canContain(doc, 'a1', 'a2')).toBe(false);
    expect(canContain(doc, 'g1', 'group-1')).toBe(false);
  });
});
