import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignNodes, ALIGN_MODES, distributeNodes } from './align';
import { absoluteRect, nodesById } from './geometry';
import { smallModel, testSizes } from './testing/editFixtures';
import type { TheoryModel } from './types';

const rect = (doc: TheoryModel, id: string) => absoluteRect(nodesById(doc), doc.nodes.find((n) => n.id === id)!, testSizes);

/** Three top-level 200×60 nodes at the given top-lefts. */
function row(points: [number, number][]): TheoryModel {
  const doc = smallModel();
  return { ...doc, nodes: points.map(([x, y], i) => ({ id: `n${i}`, kind: 'actor', label: `N${i}`, position: { x, y } })), edges: [] };
}

describe('alignNodes', () => {
  it('lines up left edges, centres and right edges on the selection’s box', () => {
    const doc = row([[0, 0], [50, 100], [130, 200]]);
    const ids = ['n0', 'n1', 'n2'];
    expect(alignNodes(doc, ids, 'left', testSizes).nodes.map((n) => n.position.x)).toEqual([0, 0, 0]);
    expect(alignNodes(doc, ids, 'right', testSizes).nodes.map((n) => n.position.x)).toEqual([130, 130, 130]);
    expect(alignNodes(doc, ids, 'center', testSizes).nodes.map((n) => n.position.x)).toEqual([65, 65, 65]);
    expect(alignNodes(doc, ids, 'top', testSizes).nodes.map((n) => n.position.y)).toEqual([0, 0, 0]);
    expect(alignNodes(doc, ids, 'middle', testSizes).nodes.map((n) => n.position.y)).toEqual([100, 100, 100]);
    expect(alignNodes(doc, ids, 'bottom', testSizes).nodes.map((n) => n.position.y)).toEqual([200, 200, 200]);
  });

  it('works on what the user sees across groups, and grows a group whose member moved', () => {
    const doc = smallModel(); // a1 is in g1 at (116, 144) absolute; a2 at (600, 100).
    const next = alignNodes(doc, ['a1', 'a2'], 'left', testSizes);
    expect(rect(next, 'a2').x).toBe(116);
    expect(rect(next, 'a1')).toEqual(rect(doc, 'a1'));
    const right = alignNodes(doc, ['a1', 'a2'], 'right', testSizes);
    expect(rect(right, 'a1').x).toBe(600);
    const g = right.nodes.find((n) => n.id === 'g1')!;
    expect(g.size!.width).toBeGreaterThanOrEqual(600 + 200 + 16 - 100);
  });

  it('returns the same document for fewer than two nodes or nothing to move', () => {
    const doc = row([[0, 0], [0, 100]]);
    expect(alignNodes(doc, ['n0'], 'left', testSizes)).toBe(doc);
    expect(alignNodes(doc, ['n0', 'n1'], 'left', testSizes)).toBe(doc);
  });

  it('moves a selected group with its contents once (a selected child is left to its group)', () => {
    const doc = smallModel();
    const next = alignNodes(doc, ['g1', 'a1', 'a2'], 'top', testSizes);
    expect(next.nodes.find((n) => n.id === 'a1')!.position).toEqual({ x: 16, y: 44 });
    expect(rect(next, 'g1').y).toBe(100);
  });
});

describe('distributeNodes', () => {
  it('keeps the outer two and makes the gaps between neighbours equal', () => {
    const doc = row([[0, 0], [220, 0], [900, 0], [1000, 0]]);
    const next = distributeNodes(doc, ['n0', 'n1', 'n2', 'n3'], 'horizontal', testSizes);
    expect(next.nodes.map((n) => n.position.x)).toEqual([0, 333, 667, 1000]); // span 1200 − 4 × 200 = 400 → gaps of 133⅓
    expect(next.nodes.map((n) => n.position.y)).toEqual([0, 0, 0, 0]);
  });
  it('needs three nodes', () => {
    const doc = row([[0, 0], [500, 0]]);
    expect(distributeNodes(doc, ['n0', 'n1'], 'vertical', testSizes)).toBe(doc);
  });
  it('property: after align, every chosen edge is equal; after distribute, gaps are equal within rounding', () => {
    const pts = fc.array(fc.tuple(fc.integer({ min: -500, max: 1500 }), fc.integer({ min: -500, max: 1500 })), { minLength: 3, maxLength: 8 });
    fc.assert(
      fc.property(pts, fc.constantFrom(...ALIGN_MODES), fc.boolean(), (points, mode, horizontal) => {
        const doc = row(points as [number, number][]);
        const ids = doc.nodes.map((n) => n.id);
        const aligned = alignNodes(doc, ids, mode, testSizes);
        const key = { left: (r: { x: number }) => r.x, center: (r: { x: number }) => r.x + 100, right: (r: { x: number }) => r.x + 200, top: (r: { y: number }) => r.y, middle: (r: { y: number }) => r.y + 30, bottom: (r: { y: number }) => r.y + 60 }[mode] as (r: { x: number; y: number }) => number;
        expect(new Set(ids.map((id) => Math.round(key(rect(aligned, id))))).size).toBe(1);
        const spread = distributeNodes(doc, ids, horizontal ? 'horizontal' : 'vertical', testSizes);
        const [p, l] = horizontal ? (['x', 'width'] as const) : (['y', 'height'] as const);
        const rs = ids.map((id) => rect(spread, id)).sort((a, b) => a[p] - b[p]);
        const gaps = rs.slice(1).map((r, i) => r[p] - (rs[i][p] + rs[i][l]));
        expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1.01);
        for (const n of spread.nodes) expect(Number.isFinite(n.position.x) && Number.isFinite(n.position.y)).toBe(true);
      }),
    );
  });
});
