/**
 * Storing a large route plan over several frames (issue 15). ELK's routes for a 500-node layout
 * change every edge: stored at once, all ~750 edges and their labels redrew in one commit of
 * 0.4–1.4 s. The whole plan is stored at once (exports and the route scheduler see all of it),
 * while `routeReveal` keeps the edges not yet shown drawing as they did under the previous plan,
 * and a slice more of them switches each frame, sized to the frame time (revealSlices.ts).
 */
import type { RoutePlan } from '../routing/types';
import { useAppStore } from './appStore';
import type { FrameScheduler } from './layoutTween';
import { revealInSlices, type SliceBudget } from './revealSlices';

/** Below this many edges a plan is stored in one go. */
export const ROUTE_REVEAL_MIN = 150;
export const ROUTE_BUDGET: SliceBudget = { first: 40, min: 10, max: 200, frameMs: 50 };

/** Stores `plan` and shows it over frames; resolves one frame after the last slice. */
export function storeRoutesInSlices(plan: RoutePlan, scheduler: FrameScheduler | null): Promise<void> {
  const state = useAppStore.getState();
  const order = state.doc.edges.map((e) => e.id).filter((id) => plan.routes.has(id));
  if (!scheduler || order.length < ROUTE_REVEAL_MIN) {
    state.setRoutes(plan);
    return Promise.resolve();
  }
  const previous = state.routes;
  // Set before the plan, so no render draws every new route at once.
  state.setRouteReveal({ pending: new Set(order), previous });
  state.setRoutes(plan);
  const stored = useAppStore.getState().routes;
  return new Promise((resolve) => {
    revealInSlices(
      order.length,
      ROUTE_BUDGET,
      scheduler,
      (shown) => {
        const s = useAppStore.getState();
        if (s.routes !== stored || shown >= order.length) {
          s.setRouteReveal(null);
          return false;
        }
        s.setRouteReveal({ pending: new Set(order.slice(shown)), previous });
        return true;
      },
      resolve,
    );
  });
}
