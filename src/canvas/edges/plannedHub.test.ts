import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { ModelNode } from '../../model/types';
import type { AppState } from '../../store/appStore';
import { loadFigure2 } from '../../store/testing/figure2';
import { createPlannedHub, plannedHubOf } from './plannedHub';

type Fields = Pick<AppState, 'routes' | 'routeReveal' | 'layoutReveal' | 'layoutTween' | 'measured' | 'doc'> & { hover?: string };

const setup = () => {
  const doc = loadFigure2();
  const store = createStore<Fields>(() => ({ doc, routes: null, routeReveal: null, layoutReveal: null, layoutTween: null, measured: new Map() }) as unknown as Fields);
  const hub = createPlannedHub(store);
  const parents = new Set(doc.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  const edge = doc.edges.find((e) => !parents.has(e.source) && !parents.has(e.target))!;
  const move = (id: string) =>
    store.setState((s) => ({ doc: { ...s.doc, nodes: s.doc.nodes.map((n: ModelNode) => (n.id === id ? { ...n, position: { x: n.position.x + 5, y: n.position.y } } : n)) } }));
  return { doc, store, hub, edge, parents, move };
};

describe('plannedHub', () => {
  it('calls no edge for a write that touches nothing a route reads', () => {
    const { store, hub, edge } = setup();
    const l = vi.fn();
    hub.subscribe(edge.source, edge.target, l);
    store.setState({ hover: 'x' });
    expect(l).not.toHaveBeenCalled();
  });

  it('calls only the edges ending at a moved node', () => {
    const { doc, hub, edge, parents, move } = setup();
    const mine = vi.fn();
    const other = vi.fn();
    hub.subscribe(edge.source, edge.target, mine);
    const elsewhere = doc.edges.find((e) => ![e.source, e.target].includes(edge.source) && !parents.has(e.source) && !parents.has(e.target))!;
    hub.subscribe(elsewhere.source, elsewhere.target, other);
    move(edge.source);
    expect(mine).toHaveBeenCalledTimes(1);
    expect(other).toHaveBeenCalledTimes(elsewhere.target === edge.source ? 1 : 0);
  });

  it('calls every edge when a group moves or anything else a route reads changes', () => {
    const { store, hub, edge, parents, move } = setup();
    const l = vi.fn();
    hub.subscribe(edge.source, edge.target, l);
    move([...parents][0]);
    expect(l).toHaveBeenCalledTimes(1);
    store.setState((s) => ({ doc: { ...s.doc, edges: [...s.doc.edges] } }));
    expect(l).toHaveBeenCalledTimes(2);
    store.setState({ measured: new Map() });
    expect(l).toHaveBeenCalledTimes(3);
  });

  it('listens to the store only while an edge listens', () => {
    const { store, hub, edge, move } = setup();
    const subscribe = vi.spyOn(store, 'subscribe');
    const l = vi.fn();
    const off = hub.subscribe(edge.source, edge.target, l);
    const off2 = hub.subscribe(edge.source, edge.target, l);
    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(hub.size()).toBe(2);
    off();
    off();
    off2();
    expect(hub.size()).toBe(0);
    move(edge.source);
    expect(l).not.toHaveBeenCalled();
  });

  it('is one hub per store', () => {
    const a = setup().store;
    expect(plannedHubOf(a)).toBe(plannedHubOf(a));
    expect(plannedHubOf(a)).not.toBe(plannedHubOf(setup().store));
  });
});
