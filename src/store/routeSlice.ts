import type { StateCreator } from 'zustand';
import type { Size, TheoryModel } from '../model/types';
import type { RoutePlan } from '../routing/types';
import type { AppState } from './appStore';

/**
 * The geometry a route plan was computed for. Every edit makes new `nodes`/`edges` arrays and a
 * language switch makes a new `measured` map, so reference equality with the current state is
 * exactly "the plan still fits what is drawn" — no hashing of positions.
 */
export type RouteBasis = {
  nodes: TheoryModel['nodes'];
  edges: TheoryModel['edges'];
  style: TheoryModel['style'];
  vocabulary: TheoryModel['vocabulary'];
  measured: ReadonlyMap<string, Size>;
};

/** View state of edge routing (issue 10): derived from the document, never saved, never an undo step. */
export type RouteSlice = {
  /** The last computed routes and the geometry they were computed for. */
  routes: { plan: RoutePlan; basis: RouteBasis } | null;
  /** Stores a plan computed for the current geometry (the router's answer, or ELK's after Auto layout). */
  setRoutes: (plan: RoutePlan) => void;
  /**
   * While a large new plan is shown over several frames (routeReveal.ts, issue 15): the edges that
   * still draw as they did under the previous routes. `routes` already holds the whole new plan.
   */
  routeReveal: RouteReveal | null;
  setRouteReveal: (reveal: RouteReveal | null) => void;
};

export type RouteReveal = { pending: ReadonlySet<string>; previous: RouteSlice['routes'] };

export const basisOf = (state: Pick<AppState, 'doc' | 'measured'>): RouteBasis => ({
  nodes: state.doc.nodes,
  edges: state.doc.edges,
  style: state.doc.style,
  vocabulary: state.doc.vocabulary,
  measured: state.measured,
});

/** True when the stored plan was computed for exactly what the state draws now. */
export function routesFresh(state: Pick<AppState, 'doc' | 'measured' | 'routes'>): boolean {
  const r = state.routes;
  if (!r) return false;
  const now = basisOf(state);
  return r.basis.nodes === now.nodes && r.basis.edges === now.edges && r.basis.style === now.style && r.basis.vocabulary === now.vocabulary && r.basis.measured === now.measured;
}

export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set, get) => ({
  routes: null,
  setRoutes: (plan) => set({ routes: { plan, basis: basisOf(get()) } }),
  routeReveal: null,
  setRouteReveal: (routeReveal) => set({ routeReveal }),
});
