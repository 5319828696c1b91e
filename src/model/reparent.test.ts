import { describe, expect, it } from 'vitest';
import { absolutePosition, nodesById } from './geometry';
import { parentsComeFirst } from './order';
import { dropTarget, growGroupToFit, reparentOnDrop } from './reparent';
import { smallModel, testSizes } from './testing/editFixtures';
import { moveNodes } from './edits';
import type { TheoryModel } from './types';

const abs = (doc: TheoryModel, id: string) => absolutePosition(nodesById(doc), id);
const node = (doc: TheoryModel, id: string) => doc.nodes.find((n) => n.id === id)!;

describe('reparentOnDrop', () => {
  it('makes a node dropped with its centre inside a group that group’s child', () => {
    // a2 (200×60) moved so its centre (250, 250) lies in g1 (100,100 300×220)
    const moved = moveNodes(smallModel(), new Map([['a2', { x: 150, y: 220 }]]));
    expect(dropTarget(moved, 'a2', testSizes)).toBe('g1');
    const next = reparentOnDrop(moved, ['a2'], testSizes);
    expect(node(next, 'a2')).toMatchObject({ parent: 'g1', position: { x: 50, y: 120 } });
    expect(abs(next, 'a2')).toEqual({ x: 150, y: 220 });
    expect(parentsComeFirst(next.nodes)).toBe(true);
  });
  it('un-parents a child dragged out, keeping its absolute position', () => {
    const moved = moveNodes(smallModel(), new Map([['a1', { x: 700, y: 0 }]]));
    const next = reparentOnDrop(moved, ['a1'], testSizes);
    expect(node(next, 'a1').parent).toBeUndefined();
    expect(node(next, 'a1').position).toEqual({ x: 800, y: 100 });
  });
  it('keeps parents before children when a node listed before the group enters it', () => {
    const doc = smallModel();
    const first = { id: 'x', kind: 'actor', label: 'X', position: { x: 120, y: 200 } };
    const withX = { ...doc, nodes: [first, ...doc.nodes] };
    const next = reparentOnDrop(withX, ['x'], testSizes);
    expect(node(next, 'x').parent).toBe('g1');
    expect(parentsComeFirst(next.nodes)).toBe(true);
  });
  it('nests a group dropped into another group, never into itself or its contents', () => {
    const doc = smallModel();
    const inner = { id: 'g2', kind: 'group', label: 'G2', position: { x: 150, y: 150 }, size: { width: 100, height: 80 } };
    const withG2 = { ...doc, nodes: [...doc.nodes, inner] };
    const next = reparentOnDrop(withG2, ['g2'], testSizes);
    expect(node(next, 'g2')).toMatchObject({ parent: 'g1', position: { x: 50, y: 50 } });
    // g1's centre (250, 210) now lies in its own child g2: that is not a place g1 can go.
    expect(dropTarget(next, 'g1', testSizes)).toBeUndefined();
    expect(reparentOnDrop(next, ['g1'], testSizes)).toBe(next);
  });
  it('grows the group to fit a child that sticks out, without moving anything on screen', () => {
    // a2's centre (350, 300) is inside g1, but its right edge (450) is beyond g1's (400)
    const moved = moveNodes(smallModel(), new Map([['a2', { x: 250, y: 270 }]]));
    const next = reparentOnDrop(moved, ['a2'], testSizes);
    expect(node(next, 'g1').size).toEqual({ width: 366, height: 246 });
    for (const id of ['g1', 'a1', 'd1', 'a2']) expect(abs(next, id)).toEqual(abs(moved, id));
  });
  it('returns the same document when nothing changes', () => {
    const doc = smallModel();
    expect(reparentOnDrop(doc, ['a1', 'a2'], testSizes)).toBe(doc);
  });
});

describe('growGroupToFit', () => {
  it('grows left and up by moving the box and shifting the children back', () => {
    const doc = moveNodes(smallModel(), new Map([['a1', { x: -10, y: 0 }]]));
    const next = growGroupToFit(doc, 'g1', testSizes);
    expect(node(next, 'g1').position).toEqual({ x: 74, y: 56 });
    expect(node(next, 'g1').size).toEqual({ width: 326, height: 264 });
    expect(abs(next, 'a1')).toEqual(abs(doc, 'a1'));
    expect(abs(next, 'd1')).toEqual(abs(doc, 'd1'));
  });
});
