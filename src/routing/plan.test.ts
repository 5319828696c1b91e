import { describe, expect, it } from 'vitest';
import { labelRect } from './labels';
import { settleLabels } from './plan';
import type { RouteInput, RoutePlan } from './types';

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const size = { width: 40, height: 20 };

describe('settleLabels (ELK plans)', () => {
  // Three actors in a column; a → c runs beside the column, b sits between them.
  const input: RouteInput = {
    style: 'orthogonal',
    nodes: [
      { id: 'a', x: 0, y: 0, width: 100, height: 40 },
      { id: 'b', x: 0, y: 100, width: 100, height: 40 },
      { id: 'c', x: 0, y: 200, width: 100, height: 40 },
    ],
    edges: [
      { id: 'ab', source: 'a', target: 'b', label: size },
      { id: 'ac', source: 'a', target: 'c', label: size },
    ],
  };
  const plan: RoutePlan = {
    style: 'orthogonal',
    source: 'elk',
    routes: new Map([
      ['ab', { points: [{ x: 50, y: 42 }, { x: 50, y: 98 }], label: { x: 50, y: 70 } }],
      // A label put at the middle of the bracket's span lands on b.
      ['ac', { points: [{ x: 102, y: 20 }, { x: 140, y: 20 }, { x: 140, y: 220 }, { x: 102, y: 220 }], label: { x: 100, y: 120 } }],
    ]),
  };

  it('keeps a clean label where ELK put it and moves one that sits on a node', () => {
    const settled = settleLabels(plan, input);
    expect(settled.routes.get('ab')!.label).toEqual({ x: 50, y: 70 });
    const moved = labelRect(settled.routes.get('ac')!.label!, size);
    for (const n of input.nodes) expect(overlap(moved, n), n.id).toBe(false);
    expect(overlap(moved, labelRect({ x: 50, y: 70 }, size))).toBe(false);
  });

  it('leaves the routes themselves unchanged', () => {
    const settled = settleLabels(plan, input);
    expect(settled.routes.get('ac')!.points).toBe(plan.routes.get('ac')!.points);
    expect(settled.source).toBe('elk');
  });
});
