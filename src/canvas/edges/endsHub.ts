/**
 * One React Flow store subscription for every edge's end boxes, told apart by node id (issue 15).
 *
 * Each edge used to subscribe to React Flow's store itself (`useStore(endsSelector)`): 750 more
 * listeners at 500 nodes, on top of React Flow's own 3,250, and every one ran on every store
 * update, each drag and pan frame (a CPU profile of a 60-move drag: React Flow's `setNodes` 554 ms
 * against bare React Flow's 371). The hub listens once, finds the nodes whose internal object
 * React Flow replaced (it keeps the object of an unchanged node, which is all `endsSelector` relied
 * on too), and calls only the listeners of edges ending at one of them.
 */
import type { ReactFlowState } from '@xyflow/react';
import { nodeFanout } from './nodeFanout';

type Listener = () => void;

/** What the hub needs of React Flow's store (a zustand store API). */
export type FlowStore = {
  getState: () => Pick<ReactFlowState, 'nodeLookup'>;
  subscribe: (listener: (state: Pick<ReactFlowState, 'nodeLookup'>) => void) => () => void;
};

export type EndsHub = {
  /** Calls `listener` whenever the internal node of `a` or `b` is replaced, added or removed. */
  subscribe: (a: string, b: string, listener: Listener) => () => void;
  /** Listeners registered now (for tests). */
  size: () => number;
};

export function createEndsHub(store: FlowStore): EndsHub {
  // The internal node object last seen per id.
  let seen = new Map<string, unknown>();
  const fanout = nodeFanout(() => {
    seen = new Map(store.getState().nodeLookup);
    return store.subscribe(({ nodeLookup }) => {
      const changed: string[] = [];
      let added = false;
      // forEach, not for…of: the entries iterator made an array per node, 500 per drag frame.
      nodeLookup.forEach((node, id) => {
        const before = seen.get(id);
        if (before === node) return;
        changed.push(id);
        if (before === undefined) added = true;
      });
      // A removal shows as a smaller lookup, or beside an addition of the same count.
      if (added || seen.size !== nodeLookup.size) for (const id of seen.keys()) if (!nodeLookup.has(id)) changed.push(id);
      if (!changed.length) return;
      // Only what changed is written: a drag frame replaces one node of 500.
      for (const id of changed) {
        const node = nodeLookup.get(id);
        if (node) seen.set(id, node);
        else seen.delete(id);
      }
      fanout.call(changed);
    });
  });
  return { subscribe: fanout.add, size: fanout.size };
}

const hubs = new WeakMap<object, EndsHub>();

/**
 * The hub of this React Flow store, made on first use and kept as long as the store. Keyed by the
 * store's `getState`: React Flow's `useStoreApi()` gives each component its own wrapper object
 * around the same store, so keying by that object made one hub (and one listener) per edge.
 */
export function endsHubOf(store: FlowStore): EndsHub {
  let hub = hubs.get(store.getState);
  if (!hub) hubs.set(store.getState, (hub = createEndsHub(store)));
  return hub;
}
