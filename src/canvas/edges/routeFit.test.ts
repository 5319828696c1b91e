import { describe, expect, it } from 'vitest';
import { moveNodes } from '../../model/edits';
import { setBends } from '../../model/edgeGeometry';
import { basisOf } from '../../store/routeSlice';
import { loadFigure2 } from '../../store/testing/figure2';
import type { RoutePlan } from '../../routing/types';
import type { ModelNode } from '../../model/types';
import { fittedRoute, movedBetween } from './routeFit';

describe('fittedRoute', () => {
  const doc = loadFigure2();
  const measured = new Map();
  const plan: RoutePlan = { style: 'orthogonal', source: 'router', routes: new Map(doc.edges.map((e) => [e.id, { points: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }])) };
  const routes = { plan, basis: basisOf({ doc, measured }) };
  const state = { routes, doc, measured, layoutTween: null };
  const moved = doc.edges[0].source;

  it('gives each edge its planned route while the geometry is the planned one', () => {
    for (const e of doc.edges) expect(fittedRoute(state, e.id)).toBe(plan.routes.get(e.id));
  });

  it('drops only the moved node’s edges when a node moves (a drag frame)', () => {
    const after = moveNodes(doc, new Map([[moved, { x: 4000, y: 4000 }]]));
    const s = { ...state, doc: after };
    for (const e of doc.edges) {
      const touches = e.source === moved || e.target === moved;
      expect(fittedRoute(s, e.id) === null).toBe(touches);
    }
  });

  it('drops an edge whose bends changed, every edge when the style changed, and tweened ends', () => {
    const id = doc.edges[1].id;
    expect(fittedRoute({ ...state, doc: setBends(doc, id, [{ x: 1, y: 2 }]) }, id)).toBeNull();
    expect(fittedRoute({ ...state, doc: { ...doc, style: { edges: 'curved' } } }, id)).toBeNull();
    expect(fittedRoute({ ...state, layoutTween: new Map([[doc.edges[1].source, { position: { x: 0, y: 0 } }]]) }, id)).toBeNull();
  });

  it('draws an edge still pending in a route reveal from the previous plan', () => {
    const next: RoutePlan = { ...plan, source: 'elk', routes: new Map(doc.edges.map((e) => [e.id, { points: [{ x: 5, y: 5 }, { x: 6, y: 6 }] }])) };
    const newer = { plan: next, basis: routes.basis };
    const [pending, shown] = [doc.edges[0].id, doc.edges[1].id];
    const s = { ...state, routes: newer, routeReveal: { pending: new Set([pending]), previous: routes } };
    expect(fittedRoute(s, pending)).toBe(plan.routes.get(pending));
    expect(fittedRoute(s, shown)).toBe(next.routes.get(shown));
    expect(fittedRoute({ ...s, routeReveal: { pending: new Set([pending]), previous: null } }, pending)).toBeNull();
  });
});

describe('movedBetween', () => {
  const n = (id: string, x = 0, parent?: string) => ({ id, kind: 'actor', label: id, position: { x, y: 0 }, ...(parent ? { parent } : {}) }) as ModelNode;
  it('names the nodes whose object changed, and is asked once per pair of lists', () => {
    const a = n('a');
    const b = n('b');
    const prev = [a, b, n('c')];
    const next = [a, n('b', 10), prev[2]];
    const moved = movedBetween(prev, next);
    expect(moved && [...moved]).toEqual(['b']);
    expect(movedBetween(prev, next)).toBe(moved);
    expect(movedBetween(prev, prev)?.size).toBe(0);
  });
  it('cannot tell (null) when the lists differ in length or order, or a group moved', () => {
    const a = n('a');
    const b = n('b');
    expect(movedBetween([a, b], [a])).toBeNull();
    expect(movedBetween([a, b], [b, a])).toBeNull();
    const g = n('g');
    const m = n('m', 0, 'g');
    expect(movedBetween([g, m], [n('g', 50), m])).toBeNull();
  });
});
