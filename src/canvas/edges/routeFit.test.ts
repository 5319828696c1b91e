import { describe, expect, it } from 'vitest';
import { moveNodes } from '../../model/edits';
import { setBends } from '../../model/edgeGeometry';
import { basisOf } from '../../store/routeSlice';
import { loadFigure2 } from '../../store/testing/figure2';
import type { RoutePlan } from '../../routing/types';
import type { ModelNode } from '../../model/types';
import { boxesOf, fittedRoute, movedBetween } from './routeFit';

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

describe('boxesOf', () => {
  const node = (id: string, x: number, y: number, parent?: string): ModelNode => ({ id, kind: 'actor', label: id, position: { x, y }, ...(parent ? { parent } : {}) });
  const naive = (nodes: ModelNode[], id: string) => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    let x = 0;
    let y = 0;
    for (let cur = byId.get(id); cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
      x += cur.position.x;
      y += cur.position.y;
    }
    return byId.has(id) ? { x, y } : undefined;
  };

  it('gives every node its absolute box, through moves, reorders, additions and removals, asked alternately of two arrays', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let a: ModelNode[] = [node('g', 100, 100), ...Array.from({ length: 30 }, (_, i) => node(`n${i}`, i * 10, i * 5, i % 4 === 0 ? 'g' : undefined))];
    const measured = new Map();
    for (let round = 0; round < 60; round++) {
      let b = a.map((n) => (rand() < 0.2 ? { ...n, position: { x: n.position.x + 7, y: n.position.y - 3 } } : n));
      if (round % 7 === 3) b = [...b].reverse();
      if (round % 11 === 5) b = [...b, node(`new${round}`, round, round)];
      if (round % 13 === 6) b = b.filter((n) => n.id !== 'n5');
      for (const nodes of [a, b, a, b]) {
        const boxes = boxesOf(nodes, measured);
        for (const id of ['g', 'n0', 'n4', 'n5', 'n17', `new${round}`, 'missing']) {
          const want = naive(nodes, id);
          const got = boxes.get(id);
          expect(got ? { x: got.x, y: got.y } : undefined).toEqual(want);
        }
      }
      a = b;
    }
  });
});
