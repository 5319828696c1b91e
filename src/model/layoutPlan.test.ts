import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import { applyLayoutPlan } from './layoutPlan';
import { parentsComeFirst } from './order';
import type { ModelNode, TheoryModel } from './types';

const n = (id: string, kind: string, x: number, y: number, extra: Partial<ModelNode> = {}): ModelNode => ({
  id, kind, label: id, position: { x, y }, ...extra,
});

function model(): TheoryModel {
  return {
    ...blankModel('t', new Date(0)),
    nodes: [
      n('g', 'group', 0, 0, { size: { width: 300, height: 200 } }),
      n('a', 'actor', 16, 44, { parent: 'g' }),
      n('b', 'driver', 400, 10),
      n('c', 'resource', 600, 10, { size: { width: 150, height: 60 } }),
    ],
    edges: [{ id: 'e', source: 'a', target: 'b', relation: 'x' }],
  };
}

describe('applyLayoutPlan', () => {
  it('moves every planned node (relative to its parent) and resizes planned groups, in one new document', () => {
    const doc = model();
    const next = applyLayoutPlan(doc, {
      positions: { g: { x: 10, y: 20 }, a: { x: 16, y: 50 }, b: { x: 500, y: 0 }, c: { x: 700, y: 5 } },
      sizes: { g: { width: 180, height: 110 } },
    });
    expect(next).not.toBe(doc);
    expect(next.nodes.map((x) => [x.id, x.position])).toEqual([
      ['g', { x: 10, y: 20 }], ['a', { x: 16, y: 50 }], ['b', { x: 500, y: 0 }], ['c', { x: 700, y: 5 }],
    ]);
    expect(next.nodes[0].size).toEqual({ width: 180, height: 110 });
    expect(next.nodes[1].parent).toBe('g');
    // The input is untouched (history keeps it as the undo target).
    expect(doc.nodes[0].position).toEqual({ x: 0, y: 0 });
    expect(doc.nodes[0].size).toEqual({ width: 300, height: 200 });
    // Edges, vocabulary and meta are shared, not copied.
    expect(next.edges).toBe(doc.edges);
    expect(next.vocabulary).toBe(doc.vocabulary);
  });

  it('keeps unchanged nodes by reference and returns the same document when nothing changes', () => {
    const doc = model();
    const same = applyLayoutPlan(doc, {
      positions: { g: { x: 0, y: 0 }, a: { x: 16, y: 44 }, b: { x: 400, y: 10 }, c: { x: 600, y: 10 } },
      sizes: { g: { width: 300, height: 200 } },
    });
    expect(same).toBe(doc);
    const one = applyLayoutPlan(doc, { positions: { b: { x: 1, y: 2 } }, sizes: {} });
    expect(one.nodes[0]).toBe(doc.nodes[0]);
    expect(one.nodes[2]).not.toBe(doc.nodes[2]);
    expect(one.nodes[3]).toBe(doc.nodes[3]);
  });

  it('gives sizes only to groups: elements keep sizing themselves (or their own fixed size)', () => {
    const doc = model();
    const next = applyLayoutPlan(doc, { positions: {}, sizes: { b: { width: 999, height: 999 }, c: { width: 1, height: 1 } } });
    expect(next).toBe(doc);
  });

  it('ignores ids the document does not have and leaves nodes the plan does not name where they are', () => {
    const doc = model();
    const next = applyLayoutPlan(doc, { positions: { ghost: { x: 5, y: 5 }, b: { x: 1, y: 1 } }, sizes: { ghost: { width: 9, height: 9 } } });
    expect(next.nodes.map((x) => x.id)).toEqual(['g', 'a', 'b', 'c']);
    expect(next.nodes[3].position).toEqual({ x: 600, y: 10 });
  });

  it('refuses non-finite numbers per node instead of writing them into the file', () => {
    const doc = model();
    const next = applyLayoutPlan(doc, {
      positions: { a: { x: Number.NaN, y: 3 }, b: { x: 7, y: 8 } },
      sizes: { g: { width: Number.POSITIVE_INFINITY, height: 10 } },
    });
    expect(next.nodes[1].position).toEqual({ x: 16, y: 44 });
    expect(next.nodes[0].size).toEqual({ width: 300, height: 200 });
    expect(next.nodes[2].position).toEqual({ x: 7, y: 8 });
  });

  it('keeps parents before children, repairing a document that had a child first', () => {
    const doc = model();
    const childFirst = { ...doc, nodes: [doc.nodes[1], doc.nodes[0], doc.nodes[2], doc.nodes[3]] };
    const next = applyLayoutPlan(childFirst, { positions: { b: { x: 1, y: 1 } }, sizes: {} });
    expect(parentsComeFirst(next.nodes)).toBe(true);
    expect(next.nodes.map((x) => x.id)).toEqual(['g', 'a', 'b', 'c']);
  });

  it('does not touch the prototype for an id like __proto__', () => {
    const doc = { ...model(), nodes: [n('__proto__', 'actor', 0, 0)] };
    const next = applyLayoutPlan(doc, { positions: {}, sizes: {} });
    expect(next).toBe(doc);
  });
});
