import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { edge, node } from './fixtures';
import { collapseGates } from './gates';
import { LAYER_GAP } from './options';
import { runLayout } from './runLayout';
import type { LayoutInput, LayoutPlan } from './types';

const planOf = (result: ElkNode): LayoutPlan => ({
  positions: Object.fromEntries((result.children ?? []).map((c) => [c.id, { x: c.x!, y: c.y! }])),
  sizes: {},
  order: [],
});

describe('collapseGates', () => {
  const result = (labelX?: number): ElkNode => ({
    id: 'root',
    children: [
      { id: 'a', x: 0, y: 0, width: 100, height: 40 },
      { id: 'gate0', x: 190, y: 0, width: 0, height: 0 },
      { id: 'b', x: 280, y: 0, width: 100, height: 40 },
      { id: 'gate1', x: 470, y: 0, width: 0, height: 0 },
      { id: 'c', x: 560, y: 0, width: 100, height: 40 },
    ],
    edges: labelX === undefined ? [] : [{ id: 'e', sources: ['b'], targets: ['c'], container: 'root', labels: [{ x: labelX, y: 0, width: 40, height: 10 }] }],
  });

  it('removes the empty layer each gate adds, cumulatively', () => {
    const r = result();
    const plan = planOf(r);
    collapseGates(plan, r, 'RIGHT', new Set(['gate0', 'gate1']));
    expect([plan.positions.a.x, plan.positions.b.x, plan.positions.c.x]).toEqual([0, 100 + LAYER_GAP, 2 * (100 + LAYER_GAP)]);
  });

  it('leaves a gap that holds an edge label', () => {
    const r = result(450);
    const plan = planOf(r);
    collapseGates(plan, r, 'RIGHT', new Set(['gate0', 'gate1']));
    expect(plan.positions.b.x).toBe(190);
    expect(plan.positions.c.x).toBe(560 - 90);
  });
});

describe('figure bands in a real run', () => {
  it.each(['RIGHT', 'DOWN'] as const)('are one layer gap apart when no label needs room (%s)', async (direction) => {
    const input: LayoutInput = {
      nodes: [node('d1', 'driver'), node('d2', 'driver'), node('a1', 'actor'), node('r1', 'resource')],
      edges: [edge('d1', 'a1'), edge('d2', 'a1'), edge('a1', 'r1')],
    };
    const plan = await runLayout(input, { algorithm: 'figure', direction }, new ELK());
    const axis = direction === 'RIGHT' ? 'x' : 'y';
    const extent = direction === 'RIGHT' ? 140 : 48;
    expect(plan.positions.a1[axis] - (plan.positions.d1[axis] + extent)).toBe(LAYER_GAP);
    expect(plan.positions.r1[axis] - (plan.positions.a1[axis] + extent)).toBe(LAYER_GAP);
  });
});
