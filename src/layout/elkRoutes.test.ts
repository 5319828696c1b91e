import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { Point, TheoryModel } from '../model/types';
import type { Route } from '../routing/types';
import { simplify, sampleSpline } from './elkRoutes';
import { runLayout } from './runLayout';
import type { LayoutInput, LayoutPlan, LayoutRequest } from './types';

type Box = { id: string; x: number; y: number; width: number; height: number; group: boolean; parent?: string };

/** Figure 2 as the layout kernel gets it, with sizes like the canvas's (two-line drivers are taller). */
function figure2Input(): LayoutInput {
  const doc = JSON.parse(readFileSync(new URL('../../examples/figure-2.json', import.meta.url), 'utf8')) as TheoryModel;
  return {
    nodes: doc.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      ...(n.parent ? { parent: n.parent } : {}),
      width: 200,
      height: n.kind === 'group' ? 0 : n.label.length > 12 ? 82 : 58,
      x: n.position.x,
      y: n.position.y,
    })),
    edges: doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, labelWidth: 38, labelHeight: 20 })),
  };
}

function absoluteBoxes(input: LayoutInput, plan: LayoutPlan): Map<string, Box> {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Box>();
  const abs = (id: string): Point => {
    const p = plan.positions[id];
    const parent = byId.get(id)!.parent;
    if (!parent) return p;
    const o = abs(parent);
    return { x: o.x + p.x, y: o.y + p.y };
  };
  for (const n of input.nodes) {
    const s = Object.hasOwn(plan.sizes, n.id) ? plan.sizes[n.id] : n;
    out.set(n.id, { id: n.id, ...abs(n.id), width: s.width, height: s.height, group: n.kind === 'group', ...(n.parent ? { parent: n.parent } : {}) });
  }
  return out;
}

const inside = (boxes: Map<string, Box>, id: string, group: string): boolean => {
  for (let p = boxes.get(id)?.parent; p !== undefined; p = boxes.get(p)?.parent) if (p === group) return true;
  return false;
};

/** Does segment a→b pass through the interior of box r (shrunk by 1 px so touching its outline is fine)? */
function segmentHits(a: Point, b: Point, r: Box): boolean {
  const x0 = r.x + 1;
  const y0 = r.y + 1;
  const x1 = r.x + r.width - 1;
  const y1 = r.y + r.height - 1;
  // Liang–Barsky clipping.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [[-dx, a.x - x0], [dx, x1 - a.x], [-dy, a.y - y0], [dy, y1 - a.y]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-6;
}

const onOutline = (p: Point, r: Box) => {
  const within = p.x >= r.x - 1.5 && p.x <= r.x + r.width + 1.5 && p.y >= r.y - 1.5 && p.y <= r.y + r.height + 1.5;
  const nearEdge = Math.min(Math.abs(p.x - r.x), Math.abs(p.x - r.x - r.width), Math.abs(p.y - r.y), Math.abs(p.y - r.y - r.height)) <= 1.5;
  return within && nearEdge;
};

/** Every problem a journal reader would see: segments through nodes, ends off their nodes, labels on nodes or labels. */
function problems(input: LayoutInput, plan: LayoutPlan): string[] {
  const boxes = absoluteBoxes(input, plan);
  const out: string[] = [];
  const labels: { id: string; r: Box }[] = [];
  for (const e of input.edges) {
    const route: Route | undefined = plan.routes?.get(e.id);
    if (!route) {
      out.push(`${e.id}: no route`);
      continue;
    }
    const pts = route.points;
    const s = boxes.get(e.source)!;
    const t = boxes.get(e.target)!;
    if (!onOutline(pts[0], s)) out.push(`${e.id}: starts off ${e.source}`);
    if (!onOutline(pts.at(-1)!, t)) out.push(`${e.id}: ends off ${e.target}`);
    for (const b of boxes.values()) {
      if (b.id === e.source || b.id === e.target) continue;
      // A group is an obstacle only to edges with no end inside it.
      if (b.group && (inside(boxes, e.source, b.id) || inside(boxes, e.target, b.id))) continue;
      for (let i = 0; i + 1 < pts.length; i++) if (segmentHits(pts[i], pts[i + 1], b)) out.push(`${e.id}: crosses ${b.id}`);
    }
    // The arrowhead points into the target: the last segment ends at the outline coming from outside.
    const last = pts.at(-2)!;
    const inner = { ...t, x: t.x + 1, y: t.y + 1, width: t.width - 2, height: t.height - 2 };
    if (last.x > inner.x && last.x < inner.x + inner.width && last.y > inner.y && last.y < inner.y + inner.height) out.push(`${e.id}: last segment starts inside ${e.target}`);
    if (route.label) {
      const r: Box = { id: e.id, x: route.label.x - 19, y: route.label.y - 10, width: 38, height: 20, group: false };
      for (const b of boxes.values()) {
        if (b.group && (inside(boxes, e.source, b.id) || inside(boxes, e.target, b.id) || r.x > b.x && r.y > b.y + 40 && r.x + r.width < b.x + b.width)) continue;
        if (b.group) {
          // A label may sit inside a group that holds one of its ends, never on a group's border.
          const crossesBorder = r.x < b.x + b.width && b.x < r.x + r.width && r.y < b.y + b.height && b.y < r.y + r.height;
          if (crossesBorder) out.push(`${e.id}: label on ${b.id}`);
          continue;
        }
        if (r.x < b.x + b.width && b.x < r.x + r.width && r.y < b.y + b.height && b.y < r.y + r.height) out.push(`${e.id}: label on ${b.id}`);
      }
      for (const l of labels) {
        if (r.x < l.r.x + l.r.width && l.r.x < r.x + r.width && r.y < l.r.y + l.r.height && l.r.y < r.y + r.height) out.push(`${e.id}: label on label of ${l.id}`);
      }
      labels.push({ id: e.id, r });
    } else {
      out.push(`${e.id}: no label position`);
    }
  }
  return out;
}

const FIGURE: LayoutRequest = { algorithm: 'figure', direction: 'RIGHT', bands: [['driver'], ['actor'], ['resource']] };

describe('ELK routes after Auto layout (Figure 2)', () => {
  for (const [name, req] of [
    ['Figure, orthogonal', { ...FIGURE, edgeStyle: 'orthogonal' }],
    ['Figure, curved', { ...FIGURE, edgeStyle: 'curved' }],
    ['Layered right', { algorithm: 'layered', direction: 'RIGHT' }],
    ['Layered down', { algorithm: 'layered', direction: 'DOWN' }],
    ['Figure, down', { ...FIGURE, direction: 'DOWN' }],
  ] as [string, LayoutRequest][]) {
    it(`${name}: every edge has a route from outline to outline, through no other node, its label on no node or label`, async () => {
      const input = figure2Input();
      const plan = await runLayout(input, req, new ELK());
      expect(plan.routes?.size).toBe(input.edges.length);
      expect(problems(input, plan)).toEqual([]);
    });
  }

  it('the check itself: straight lines between the file’s own positions cross nodes (as issue 10 reports)', () => {
    const input = figure2Input();
    const positions: LayoutPlan['positions'] = {};
    for (const n of input.nodes) positions[n.id] = { x: n.x, y: n.y };
    const sizes: LayoutPlan['sizes'] = {};
    for (const n of input.nodes) if (n.kind === 'group') sizes[n.id] = { width: 232, height: 600 };
    const plan: LayoutPlan = { positions, sizes, order: [] };
    const boxes = absoluteBoxes(input, plan);
    const centre = (id: string) => ({ x: boxes.get(id)!.x + boxes.get(id)!.width / 2, y: boxes.get(id)!.y + boxes.get(id)!.height / 2 });
    plan.routes = new Map(input.edges.map((e) => [e.id, { points: [centre(e.source), centre(e.target)], label: centre(e.source) }]));
    const found = problems(input, plan);
    expect(found.some((p) => p.includes('crosses'))).toBe(true);
    expect(found.some((p) => p.includes('starts off'))).toBe(true);
    expect(found.some((p) => p.includes('label on'))).toBe(true);
  });

  it('puts the four actors of the Figure preset in one column, each level with its own driver group', async () => {
    const input = figure2Input();
    const plan = await runLayout(input, FIGURE, new ELK());
    const boxes = absoluteBoxes(input, plan);
    const actors = ['actor-org', 'actor-school', 'actor-student', 'actor-enterprise'];
    expect(new Set(actors.map((id) => boxes.get(id)!.x)).size).toBe(1);
    for (const [actor, group] of [['actor-org', 'grp-drv-org'], ['actor-school', 'grp-drv-school'], ['actor-student', 'grp-drv-student'], ['actor-enterprise', 'grp-drv-enterprise']]) {
      const a = boxes.get(actor)!;
      const g = boxes.get(group)!;
      const centre = a.y + a.height / 2;
      expect(centre, actor).toBeGreaterThan(g.y);
      expect(centre, actor).toBeLessThan(g.y + g.height);
    }
  });

  it('gives no routes where ELK cannot route (organic, radial, a selection)', async () => {
    const input = figure2Input();
    expect((await runLayout(input, { algorithm: 'organic', direction: 'RIGHT' }, new ELK())).routes).toBeUndefined();
    expect((await runLayout(input, { ...FIGURE, selection: ['grp-resources'] }, new ELK())).routes).toBeUndefined();
  });
});

describe('route helpers', () => {
  it('simplify drops repeated points and the middle of straight runs, keeping bends', () => {
    expect(simplify([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 5, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }])).toEqual([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }]);
  });
  it('sampleSpline passes through the ends of every Bézier piece', () => {
    const pts = sampleSpline([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 10 }, { x: 30, y: 10 }]);
    expect(pts[0]).toEqual({ x: 0, y: 0 });
    expect(pts.at(-1)).toEqual({ x: 30, y: 10 });
    expect(pts.length).toBe(9);
  });
});
