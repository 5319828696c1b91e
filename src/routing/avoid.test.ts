import { AvoidLib } from 'libavoid-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFigure2 } from '../store/testing/figure2';
import type { Avoid } from 'libavoid-js';
import { routeWithAvoid } from './avoid';
import { routeProblems } from './check';
import { inside, segmentHitsBox } from './geometry';
import { routeInput } from './input';
import { finishPlan } from './plan';
import { straightPlan } from './straight';
import type { RouteBox, RouteInput } from './types';

let Avoid: Avoid;
beforeAll(async () => {
  await AvoidLib.load();
  Avoid = AvoidLib.getInstance();
}, 30_000);

const box = (id: string, x: number, y: number, w = 100, h = 40, extra: Partial<RouteBox> = {}): RouteBox => ({ id, x, y, width: w, height: h, ...extra });

describe('routeWithAvoid (libavoid-js in Node)', () => {
  const input: RouteInput = {
    style: 'orthogonal',
    nodes: [box('a', 0, 0), box('b', 400, 0), box('o', 180, -30, 60, 100)],
    edges: [
      { id: 'e1', source: 'a', target: 'b' },
      { id: 'e2', source: 'a', target: 'b' },
    ],
  };

  it('routes around a node in the way, ends on the outlines, and nudges parallel edges apart', () => {
    const plan = finishPlan(input, routeWithAvoid(Avoid, input), 'router');
    expect(routeProblems(input, plan).filter((p) => p.kind === 'through-node')).toEqual([]);
    const [r1, r2] = ['e1', 'e2'].map((id) => plan.routes.get(id)!.points);
    for (const r of [r1, r2]) {
      expect(r.length).toBeGreaterThan(2); // it had to bend around 'o'
      for (let i = 1; i < r.length; i++) expect(r[i].x === r[i - 1].x || r[i].y === r[i - 1].y).toBe(true); // orthogonal
      // First point just outside a, last just outside b.
      expect(inside(input.nodes[0], r[0])).toBe(false);
      expect(inside({ ...input.nodes[0], x: -4, y: -4, width: 108, height: 48 }, r[0])).toBe(true);
      expect(inside({ ...input.nodes[1], x: 396, y: -4, width: 108, height: 48 }, r[r.length - 1])).toBe(true);
    }
    expect(Math.abs(r1[0].x - r2[0].x) + Math.abs(r1[0].y - r2[0].y)).toBeGreaterThanOrEqual(6);
  });

  it('passes through the user’s bend points', () => {
    const bent: RouteInput = { ...input, edges: [{ id: 'e', source: 'a', target: 'b', bends: [{ x: 210, y: -120 }] }] };
    const route = routeWithAvoid(Avoid, bent).get('e')!;
    expect(route).toContainEqual({ x: 210, y: -120 });
  });

  for (const style of ['straight', 'orthogonal'] as const)
  it(`lets an edge cross its own group, but not a group neither end is in (${style})`, () => {
    const grouped: RouteInput = {
      style,
      // Two members with a gap between them: libavoid's orthogonal router ran through that gap
      // when the group box and its members were obstacles together.
      nodes: [box('g', 150, -100, 200, 240, { group: true }), box('a', 0, 0), box('in', 200, -60, 100, 40, { parent: 'g' }), box('in2', 200, 60, 100, 40, { parent: 'g' }), box('b', 500, 0)],
      edges: [
        { id: 'toIn', source: 'a', target: 'in' },
        { id: 'past', source: 'a', target: 'b' },
      ],
    };
    const raw = routeWithAvoid(Avoid, grouped);
    const plan = finishPlan(grouped, raw, 'router');
    expect(routeProblems(grouped, plan)).toEqual([]);
    expect(raw.get('past')!.length).toBeGreaterThan(2); // around the group
  });

  for (const style of ['orthogonal', 'straight', 'curved'] as const) {
    it(`Figure 2 (${style}): no route through a node, no label on a node or a label`, () => {
      const doc = loadFigure2();
      const fig = { ...routeInput(doc, new Map(), 'zh'), style };
      const plan = finishPlan(fig, routeWithAvoid(Avoid, fig), 'router');
      expect(plan.routes.size).toBe(fig.edges.length);
      expect(routeProblems(fig, plan)).toEqual([]);
      // The straight fallback has crossings on this figure: that is what the router is for.
      expect(routeProblems(fig, straightPlan(fig)).filter((p) => p.kind === 'through-node').length).toBeGreaterThan(0);
    });
  }

  it('Figure 2 (orthogonal): the edges that meet at a node end side by side, no two arrowheads on one spot', () => {
    const fig = routeInput(loadFigure2(), new Map(), 'zh');
    const plan = finishPlan(fig, routeWithAvoid(Avoid, fig), 'router');
    const endsAt = new Map<string, { x: number; y: number }[]>();
    for (const e of fig.edges) {
      const pts = plan.routes.get(e.id)!.points;
      for (const [id, p] of [[e.source, pts[0]], [e.target, pts[pts.length - 1]]] as const) endsAt.set(id, [...(endsAt.get(id) ?? []), p]);
    }
    const crowded: string[] = [];
    for (const [id, ends] of endsAt)
      for (let i = 0; i < ends.length; i++)
        for (let j = i + 1; j < ends.length; j++) if (Math.hypot(ends[i].x - ends[j].x, ends[i].y - ends[j].y) < 12) crowded.push(id);
    expect(crowded).toEqual([]);
    expect(Math.max(...[...endsAt.values()].map((e) => e.length))).toBeGreaterThanOrEqual(6); // 学校 has many
  });

  it("a route into a group's member goes beside the group's title, not through it", () => {
    const title = { x: 230, y: -92, width: 40, height: 19 };
    const titled: RouteInput = {
      style: 'orthogonal',
      nodes: [box('g', 150, -100, 200, 200, { group: true, title }), box('in', 175, -50, 150, 40, { parent: 'g' }), box('top', 200, -300)],
      edges: [{ id: 'down', source: 'top', target: 'in' }],
    };
    const route = finishPlan(titled, routeWithAvoid(Avoid, titled), 'router').routes.get('down')!.points;
    const hits = route.slice(1).some((p, i) => segmentHitsBox(route[i], p, { id: 't', ...title }, 0));
    expect(hits).toBe(false);
    expect(inside({ id: 'near', x: 171, y: -54, width: 158, height: 48 }, route[route.length - 1])).toBe(true); // ends on 'in'
  });
});

