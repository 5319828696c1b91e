import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createEndsHub, endsHubOf, type FlowStore } from './endsHub';

type Lookup = Map<string, object>;
const flowStore = (ids: string[]) => {
  const store = createStore<{ nodeLookup: Lookup }>(() => ({ nodeLookup: new Map(ids.map((id) => [id, { id }])) }));
  /** React Flow's way: a changed node gets a new internal object; the others keep theirs. */
  const replace = (...changed: string[]) =>
    store.setState((s) => {
      const next = new Map(s.nodeLookup);
      for (const id of changed) next.set(id, { id });
      return { nodeLookup: next };
    });
  return { store, replace, flow: store as unknown as FlowStore };
};

describe('endsHub', () => {
  it('calls only the edges ending at a replaced node', () => {
    const { flow, replace } = flowStore(['a', 'b', 'c', 'd']);
    const hub = createEndsHub(flow);
    const ab = vi.fn();
    const cd = vi.fn();
    hub.subscribe('a', 'b', ab);
    hub.subscribe('c', 'd', cd);
    replace('b');
    expect(ab).toHaveBeenCalledTimes(1);
    expect(cd).not.toHaveBeenCalled();
  });

  it('calls an edge once when both its ends changed in one update', () => {
    const { flow, replace } = flowStore(['a', 'b']);
    const hub = createEndsHub(flow);
    const ab = vi.fn();
    hub.subscribe('a', 'b', ab);
    replace('a', 'b');
    expect(ab).toHaveBeenCalledTimes(1);
  });

  it('calls nobody for an update that replaced no node (a pan, a selection elsewhere)', () => {
    const { store, flow } = flowStore(['a', 'b']);
    const hub = createEndsHub(flow);
    const ab = vi.fn();
    hub.subscribe('a', 'b', ab);
    store.setState((s) => ({ nodeLookup: s.nodeLookup }));
    store.setState((s) => ({ ...s }));
    expect(ab).not.toHaveBeenCalled();
  });

  it('tells an edge when an end is removed, also when another node is added in the same update', () => {
    const { store, flow } = flowStore(['a', 'b']);
    const hub = createEndsHub(flow);
    const ab = vi.fn();
    hub.subscribe('a', 'b', ab);
    store.setState((s) => {
      const next = new Map(s.nodeLookup);
      next.delete('b');
      next.set('z', { id: 'z' });
      return { nodeLookup: next };
    });
    expect(ab).toHaveBeenCalledTimes(1);
  });

  it('tells an edge when its missing end appears', () => {
    const { flow, replace } = flowStore(['a']);
    const hub = createEndsHub(flow);
    const ab = vi.fn();
    hub.subscribe('a', 'b', ab);
    replace('b');
    expect(ab).toHaveBeenCalledTimes(1);
  });

  it('listens to the store only while an edge listens, and an unsubscribed edge hears nothing', () => {
    const { store, flow, replace } = flowStore(['a', 'b']);
    const subscribe = vi.spyOn(store, 'subscribe');
    const hub = createEndsHub(flow);
    const ab = vi.fn();
    const off = hub.subscribe('a', 'b', ab);
    const off2 = hub.subscribe('a', 'b', vi.fn());
    expect(subscribe).toHaveBeenCalledTimes(1);
    off();
    off();
    expect(hub.size()).toBe(1);
    off2();
    expect(hub.size()).toBe(0);
    replace('a');
    expect(ab).not.toHaveBeenCalled();
  });

  it('is one hub per React Flow store, also through different wrappers of it (useStoreApi)', () => {
    const one = flowStore(['a']).flow;
    const two = flowStore(['a']).flow;
    const wrap = (s: FlowStore): FlowStore => ({ getState: s.getState, subscribe: s.subscribe });
    expect(endsHubOf(wrap(one))).toBe(endsHubOf(wrap(one)));
    expect(endsHubOf(one)).not.toBe(endsHubOf(two));
  });
});
