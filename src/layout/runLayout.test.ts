import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { edge, figureGraph, group, node } from './fixtures';
import { planOverlaps, runLayout } from './runLayout';
import type { LayoutInput, LayoutPlan, LayoutRequest } from './types';

// elk.bundled runs ELK in-thread, which works in Node; the app injects the worker client instead.
const elk = new ELK();
const FIGURE: LayoutRequest = { algorithm: 'figure', direction: 'RIGHT' };

type Box = { x: number; y: number; width: number; height: number };
/** Absolute boxes: plan positions are relative to the parent, as in the model. */
function absoluteBoxes(plan: LayoutPlan, input: LayoutInput): Map<string, Box> {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Box>();
  for (const id of plan.order) {
    const n = byId.get(id)!;
    const parent = n.parent ? out.get(n.parent)! : { x: 0, y: 0 };
    const size = plan.sizes[id] ?? n;
    out.set(id, { x: parent.x + plan.positions[id].x, y: parent.y + plan.positions[id].y, width: size.width, height: size.height });
  }
  return out;
}

function expectChildrenInsideGroups(plan: LayoutPlan, input: LayoutInput) {
  for (const n of input.nodes.filter((m) => m.parent)) {
    const p = plan.positions[n.id];
    const s = plan.sizes[n.id] ?? n;
    const g = plan.sizes[n.parent!];
    expect(p.x, n.id).toBeGreaterThanOrEqual(0);
    expect(p.y, n.id).toBeGreaterThanOrEqual(0);
    expect(p.x + s.width, n.id).toBeLessThanOrEqual(g.width);
    expect(p.y + s.height, n.id).toBeLessThanOrEqual(g.height);
  }
}

const kindsOf = (input: LayoutInput, kind: string) => input.nodes.filter((n) => n.kind === kind).map((n) => n.id);

describe('runLayout with real ELK', () => {
  it('handles an empty graph and a single node', async () => {
    // A whole-graph Figure layout also carries ELK's routes (issue 10): none for no edges.
    expect(await runLayout({ nodes: [], edges: [] }, FIGURE, elk)).toEqual({ positions: {}, sizes: {}, order: [], routes: new Map() });
    const one = await runLayout({ nodes: [node('a', 'actor')], edges: [] }, FIGURE, elk);
    expect(one.order).toEqual(['a']);
    expect(Number.isInteger(one.positions.a.x)).toBe(true);
  });

  it('handles a self-loop, a cycle and disconnected components without overlaps', async () => {
    const input: LayoutInput = {
      nodes: ['a', 'b', 'c', 'x', 'y', 'lonely'].map((id) => node(id, 'actor')),
      edges: [edge('a', 'a'), edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('x', 'y')],
    };
    for (const algorithm of ['figure', 'layered', 'organic'] as const) {
      const plan = await runLayout(input, { ...FIGURE, algorithm }, elk);
      expect(Object.keys(plan.positions).sort(), algorithm).toEqual(['a', 'b', 'c', 'lonely', 'x', 'y']);
      expect(planOverlaps(plan, input), algorithm).toEqual([]);
    }
  });

  it.each(['RIGHT', 'DOWN'] as const)('lays out a 20-node figure with 2 groups (%s)', async (direction) => {
    const input = figureGraph();
    const plan = await runLayout(input, { ...FIGURE, direction }, elk);
    expect(plan.order).toHaveLength(input.nodes.length);
    expect(plan.order.indexOf('GA')).toBeLessThan(plan.order.indexOf('a4'));
    expect(planOverlaps(plan, input)).toEqual([]);
    expectChildrenInsideGroups(plan, input);

    // Band order along the flow: every driver ends before any actor starts, and so on.
    const boxes = absoluteBoxes(plan, input);
    const [start, extent] = direction === 'RIGHT' ? (['x', 'width'] as const) : (['y', 'height'] as const);
    const span = (ids: string[]) => ({
      min: Math.min(...ids.map((id) => boxes.get(id)![start])),
      max: Math.max(...ids.map((id) => boxes.get(id)![start] + boxes.get(id)![extent])),
    });
    const [drivers, actors, resources] = ['driver', 'actor', 'resource'].map((k) => span(kindsOf(input, k)));
    expect(drivers.max).toBeLessThan(actors.min);
    expect(actors.max).toBeLessThan(resources.min);
  });

  it('gives identical plans for identical input', async () => {
    const a = await runLayout(figureGraph(), FIGURE, elk);
    const b = await runLayout(figureGraph(), FIGURE, elk);
    expect(b).toEqual(a);
  });

  it.each(['RIGHT', 'DOWN'] as const)('keeps the cross-axis order within each band when one node is added to 30 (%s)', async (direction) => {
    // 10 drivers → 10 actors → 10 resources, edges only between neighbouring bands, so each
    // band is one layer and "order within the layer" is the y order within the band.
    const ids = (k: string) => Array.from({ length: 10 }, (_, i) => `${k}${i}`);
    const [ds, as, rs] = [ids('d'), ids('a'), ids('r')];
    const nodes = [...ds.map((id) => node(id, 'driver')), ...as.map((id) => node(id, 'actor')), ...rs.map((id) => node(id, 'resource'))];
    const edges = [
      ...ds.map((d, i) => edge(d, as[(i * 3) % 10])), ...ds.slice(0, 5).map((d, i) => edge(d, as[(i * 7 + 2) % 10])),
      ...as.map((a, i) => edge(a, rs[(i * 7) % 10])), ...as.slice(5).map((a, i) => edge(a, rs[(i * 3 + 1) % 10])),
    ];
    // First run from nothing (all at 0,0): free crossing minimisation.
    const req: LayoutRequest = { ...FIGURE, direction };
    const cross = direction === 'RIGHT' ? 'y' : 'x';
    const before = await runLayout({ nodes, edges }, req, elk);
    // The model now holds that layout; the user drops a new actor below the others and re-runs.
    const placed = nodes.map((n) => ({ ...n, ...before.positions[n.id] }));
    const grown: LayoutInput = {
      nodes: [...placed, node('aNew', 'actor', { ...before.positions.a0, [cross]: 5000 })],
      edges: [...edges, edge('d4', 'aNew'), edge('aNew', 'r8')],
    };
    const after = await runLayout(grown, req, elk);
    const order = (plan: LayoutPlan, band: string[]) => [...band].sort((p, q) => plan.positions[p][cross] - plan.positions[q][cross]);
    for (const band of [ds, as, rs]) expect(order(after, band)).toEqual(order(before, band));
    // The new node went where it was dropped: after every other actor.
    expect(order(after, [...as, 'aNew']).at(-1)).toBe('aNew');
    expect(planOverlaps(after, grown)).toEqual([]);
  });

  it('re-running a figure on its own result keeps every order, then changes nothing', async () => {
    const input = figureGraph();
    const place = (plan: LayoutPlan) => ({ ...input, nodes: input.nodes.map((n) => ({ ...n, ...plan.positions[n.id] })) });
    const first = await runLayout(input, FIGURE, elk);
    const second = await runLayout(place(first), FIGURE, elk);
    // Every two siblings that share a layer (overlapping x ranges) keep their vertical order.
    // ELK's edge and label dummies may settle differently once, so positions can shift.
    const byId = new Map(input.nodes.map((n) => [n.id, n]));
    for (const p of input.nodes) {
      for (const q of input.nodes) {
        const [a, b] = [first.positions[p.id], first.positions[q.id]];
        const sameLayer = p.parent === q.parent && a.x < b.x + byId.get(q.id)!.width && b.x < a.x + p.width;
        if (p.id >= q.id || !sameLayer || p.kind === 'group' || q.kind === 'group') continue;
        expect(Math.sign(second.positions[p.id].y - second.positions[q.id].y), `${p.id} vs ${q.id}`).toBe(Math.sign(a.y - b.y));
      }
    }
    // Semi-interactive crossing minimisation converges: the next re-run moves nothing.
    const third = await runLayout(place(second), FIGURE, elk);
    expect(third).toEqual(second);
  });

  it('organic: no overlaps, children inside groups', async () => {
    const input = figureGraph();
    const plan = await runLayout(input, { ...FIGURE, algorithm: 'organic' }, elk);
    expect(planOverlaps(plan, input)).toEqual([]);
    expectChildrenInsideGroups(plan, input);
  });

  it('radial: the centre stays put, its neighbourhood moves, the rest keeps positions', async () => {
    const input: LayoutInput = {
      nodes: [
        node('c', 'actor', { x: 500, y: 300 }), ...['n1', 'n2', 'n3', 'n4'].map((id, i) => node(id, 'actor', { x: i * 10, y: 0 })),
        node('other', 'actor', { x: -900, y: -900 }),
      ],
      edges: [edge('c', 'n1'), edge('c', 'n2'), edge('n2', 'n3'), edge('n4', 'c'), edge('n3', 'n1')],
    };
    const plan = await runLayout(input, { ...FIGURE, algorithm: 'radial', rootId: 'c' }, elk);
    expect(plan.positions.c).toEqual({ x: 500, y: 300 });
    expect(plan.positions.other).toEqual({ x: -900, y: -900 });
    expect(planOverlaps(plan, input)).toEqual([]);
  });

  it('selection-only: the selection keeps its top-left, others do not move, its group grows to fit', async () => {
    const input: LayoutInput = {
      nodes: [
        node('out', 'driver', { x: 700, y: 700 }),
        group('G', { x: 100, y: 100, width: 200, height: 150 }),
        node('a', 'actor', { parent: 'G', x: 16, y: 44 }), node('b', 'actor', { parent: 'G', x: 20, y: 60 }),
        node('c', 'resource', { parent: 'G', x: 30, y: 90 }), node('stay', 'actor', { parent: 'G', x: 16, y: 200 }),
      ],
      edges: [edge('a', 'c'), edge('b', 'c'), edge('out', 'a')],
    };
    const plan = await runLayout(input, { ...FIGURE, selection: ['a', 'b', 'c'] }, elk);
    const sel = ['a', 'b', 'c'].map((id) => plan.positions[id]);
    expect(Math.min(...sel.map((p) => p.x))).toBe(16);
    expect(Math.min(...sel.map((p) => p.y))).toBe(44);
    expect(plan.positions.out).toEqual({ x: 700, y: 700 });
    expect(plan.positions.stay).toEqual({ x: 16, y: 200 });
    expect(plan.positions.G).toEqual({ x: 100, y: 100 });
    expect(planOverlaps(plan, { ...input, nodes: input.nodes.filter((n) => n.id !== 'stay') })).toEqual([]);
    expectChildrenInsideGroups(plan, input);
  });

  it('a selection of only unknown ids changes nothing', async () => {
    const input = figureGraph();
    input.nodes[0].x = 12.5;
    const plan = await runLayout(input, { ...FIGURE, selection: ['ghost'] }, elk);
    expect(plan.positions.d1).toEqual({ x: 12.5, y: 0 });
  });

  it('rejects with "cancelled" when the signal is already aborted, without calling ELK', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    let called = false;
    const deps = { layout: async () => ((called = true), { id: 'root' }) };
    await expect(runLayout(figureGraph(), FIGURE, deps, ctrl.signal)).rejects.toMatchObject({ code: 'cancelled' });
    expect(called).toBe(false);
  });

  it('wraps ELK exceptions as "failed"', async () => {
    const deps = { layout: async () => Promise.reject({ message: 'UnsupportedGraphException' }) };
    await expect(runLayout(figureGraph(), FIGURE, deps)).rejects.toMatchObject({ code: 'failed' });
  });
});

describe('pauses between the main-thread stages (issue 15)', () => {
  it('awaits the injected pause after ELK answers, before the routes and column routes, and gives the same plan', async () => {
    const input = figureGraph();
    const plain = await runLayout(input, FIGURE, elk);
    let pauses = 0;
    const paused = await runLayout(input, FIGURE, { layout: (g, o) => elk.layout(g, o), pause: async () => void pauses++ });
    // One job, routed by ELK, with column routes: after the answer, before elkRoutes, before
    // columnRoutes, before returning (and before collapsing gates, where the job has some).
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(paused).toEqual(plain);
  });

  it('honours a cancel that arrives during a pause', async () => {
    const ctrl = new AbortController();
    const run = runLayout(figureGraph(), FIGURE, { layout: (g, o) => elk.layout(g, o), pause: async () => ctrl.abort() }, ctrl.signal);
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('ids that are Object.prototype member names (issue 17, defect 3)', () => {
  it('every such id gets its own position and group size, and the plan moves it', async () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    expect(names).toContain('__proto__');
    const input: LayoutInput = {
      nodes: [group('__proto__'), ...names.filter((n) => n !== '__proto__').map((id, i) => node(id, i % 2 ? 'actor' : 'driver', i < 3 ? { parent: '__proto__' } : {}))],
      edges: [edge('constructor', 'toString'), edge('valueOf', 'hasOwnProperty')],
    };
    // Start every node far from where ELK puts anything, so "it moved" is observable.
    for (const n of input.nodes) if (!n.parent) Object.assign(n, { x: 90_000, y: 90_000 });
    const plan = await runLayout(input, FIGURE, elk);
    expect(Object.getPrototypeOf(plan.positions)).toBeNull();
    expect(Object.keys(plan.positions).sort()).toEqual([...names].sort());
    expect(Object.hasOwn(plan.sizes, '__proto__')).toBe(true);
    for (const id of names) {
      const p = plan.positions[id];
      expect(Number.isFinite(p.x) && Number.isFinite(p.y), id).toBe(true);
      if (!input.nodes.find((n) => n.id === id)!.parent) expect(p.x, id).toBeLessThan(90_000);
    }
    expect(planOverlaps(plan, input)).toEqual([]);
  });
});
