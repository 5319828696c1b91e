/**
 * One app-store subscription for every edge's planned route (issue 15), the app-store side of
 * `endsHub.ts`. Each edge subscribed to the store itself: 750 listeners at 500 nodes, run on every
 * store write — each drag move, guide line, hover and selection. The hub listens once: a write that
 * touches nothing a route's fit reads calls no edge; one that only moved some nodes calls the edges
 * ending at them (`movedBetween`); anything else calls every edge, which then asks its selector.
 */
import type { StoreApi } from 'zustand';
import type { AppState } from '../../store/appStore';
import { nodeFanout } from './nodeFanout';
import { movedBetween } from './routeFit';

type Fields = Pick<AppState, 'routes' | 'routeReveal' | 'layoutReveal' | 'layoutTween' | 'measured' | 'doc'>;

/** Whether everything `fittedRoute` and the edge's style read, but the nodes, is the same in both states. */
export const unchangedButNodes = (a: Fields, b: Fields) =>
  a.routes === b.routes &&
  a.routeReveal === b.routeReveal &&
  a.layoutReveal === b.layoutReveal &&
  a.layoutTween === b.layoutTween &&
  a.measured === b.measured &&
  a.doc.edges === b.doc.edges &&
  a.doc.style === b.doc.style;

/** Whether everything `fittedRoute` and the edge's style read is the same in both states. */
export const unchangedForRoutes = (a: Fields, b: Fields) => unchangedButNodes(a, b) && a.doc.nodes === b.doc.nodes;

export type PlannedHub = {
  /** Calls `listener` when a write may change the planned route of an edge from `source` to `target`. */
  subscribe: (source: string, target: string, listener: () => void) => () => void;
  size: () => number;
};

type Store = Pick<StoreApi<Fields>, 'subscribe'>;

export function createPlannedHub(store: Store): PlannedHub {
  const fanout = nodeFanout(() =>
    store.subscribe((st, prev) => {
      if (unchangedForRoutes(prev, st)) return;
      const moved = unchangedButNodes(prev, st) ? movedBetween(prev.doc.nodes, st.doc.nodes) : null;
      if (moved) fanout.call(moved);
      else fanout.callAll();
    }),
  );
  return { subscribe: fanout.add, size: fanout.size };
}

const hubs = new WeakMap<object, PlannedHub>();

/** The hub of this editor's store, made on first use and kept as long as the store. */
export function plannedHubOf(store: Store): PlannedHub {
  let hub = hubs.get(store);
  if (!hub) hubs.set(store, (hub = createPlannedHub(store)));
  return hub;
}
