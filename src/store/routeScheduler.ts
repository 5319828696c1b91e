/**
 * When edges are routed (issue 10): after the model, the measured sizes or the diagram language
 * change, debounced, and never during a drag (the canvas draws a provisional straight line for the
 * moved node's edges and keeps the last routes for the others). At most one routing call is in
 * flight; a change meanwhile reroutes once it answers. A plan is stored only if the geometry is
 * still the one it was computed for, and a fresh plan — the router's or ELK's, stored by Auto
 * layout right after it commits positions — is never overwritten. If the router fails or runs out
 * of time, the straight fallback is stored with a notice: never a blank figure.
 */
import type { StringKey } from '../i18n/strings';
import { translator } from '../i18n/translate';
import { routeInput, type MeasureLabel } from '../routing/input';
import { reuseRoutes } from '../routing/reuse';
import { RouteError, type RouterClient } from '../routing/routerClient';
import { useAppStore, type AppState } from './appStore';
import { gestureActive } from './flowChanges';
import { unmeasured } from './layoutInput';
import { basisOf, routesFresh, type RouteBasis } from './routeSlice';

export const ROUTE_DEBOUNCE_MS = 150;
/**
 * Nodes + edges above which libavoid is not tried at all: 200 nodes / 240 edges took 14 s here and
 * 500 nodes more than 30 s (docs/performance.md), time in which a core is busy and Auto layout's
 * ELK worker runs slower. Such models get the straight fallback with a notice.
 */
export const ROUTER_MAX_SIZE = 600;
const STRAIGHT_TIMEOUT_MS = 10_000;

export type RouteSchedulerDeps = {
  client: RouterClient;
  measureLabel?: MeasureLabel;
  debounceMs?: number;
  /** Whether a drag is under way (default: flowChanges' gesture). */
  dragging?: () => boolean;
};

type Store = typeof useAppStore;

const sameBasis = (a: RouteBasis, b: RouteBasis) => a.nodes === b.nodes && a.edges === b.edges && a.style === b.style && a.vocabulary === b.vocabulary && a.measured === b.measured;

/** Starts routing the store's document; returns a function that stops it. */
export function startRouteScheduler(deps: RouteSchedulerDeps, store: Store = useAppStore): () => void {
  const debounce = deps.debounceMs ?? ROUTE_DEBOUNCE_MS;
  const dragging = deps.dragging ?? gestureActive;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let again = false;
  let stopped = false;
  let warned = false;
  // Size (nodes + edges) of the smallest model the router ran out of time on: models at least as
  // big go straight to the fallback instead of keeping a core busy for the whole deadline again.
  let tooBig = ROUTER_MAX_SIZE + 1;
  // The call in flight, so a starting Auto layout can stop it (its ELK plan replaces it anyway).
  let abort: AbortController | null = null;
  // The diagram language the stored plan's labels were measured in (not part of RouteBasis).
  let planLang: string | null = null;
  let lastRoutes: AppState['routes'] = store.getState().routes;

  const fresh = (s: AppState) => routesFresh(s) && planLang === s.diagramLang;
  const schedule = (ms = debounce) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };

  const run = () => {
    const s = store.getState();
    if (fresh(s)) return;
    // Wait for the drop, and for a layout result to be shown with its own routes.
    if (dragging() || s.layoutTween || s.layoutRunning || s.layoutApplying) return schedule();
    if (unmeasured(s.doc, s.measured).length > 0) return; // the canvas's measurement triggers a new run
    if (inFlight) {
      again = true;
      return;
    }
    const basis = basisOf(s);
    const lang = s.diagramLang;
    const input = routeInput(s.doc, s.measured, lang, deps.measureLabel);
    const current = () => {
      const now = store.getState();
      return !stopped && sameBasis(basisOf(now), basis) && now.diagramLang === lang && !fresh(now);
    };
    const store_ = (plan: Parameters<AppState['setRoutes']>[0]) => {
      planLang = lang;
      store.getState().setRoutes(reuseRoutes(store.getState().routes?.plan, plan));
    };
    const size = input.nodes.length + input.edges.length;
    // The fallback is computed in the worker as well (label placement for 500 nodes takes longer
    // than a frame); only if even that fails, here — with the label placement loaded then, not
    // with the page (issue 15).
    const straight = () =>
      deps.client.route(input, { mode: 'straight', timeoutMs: STRAIGHT_TIMEOUT_MS }).catch(async (e: unknown) => {
        if (e instanceof RouteError && e.reason === 'cancelled') throw e;
        const { straightPlan } = await import('../routing/straight');
        return straightPlan(input);
      });
    inFlight = true;
    abort = new AbortController();
    const routed = size >= tooBig ? straight() : deps.client.route(input, { signal: abort.signal });
    if (size >= tooBig && size > ROUTER_MAX_SIZE && !warned) {
      warned = true;
      const st = store.getState();
      st.notify('info', translator(st.uiLang)('route.tooLarge', { count: size, max: ROUTER_MAX_SIZE }));
    }
    routed
      .then((plan) => {
        if (plan.source === 'router') warned = false;
        if (current()) store_(plan);
      })
      .catch(async (e: unknown) => {
        if (e instanceof RouteError && e.reason === 'cancelled') return;
        if (e instanceof RouteError && e.reason === 'timeout') tooBig = Math.min(tooBig, size);
        if (!current()) return;
        const plan = await straight().catch(() => null);
        if (!plan || !current()) return;
        store_(plan);
        if (!warned) {
          warned = true;
          const st = store.getState();
          const key: StringKey = e instanceof RouteError && e.reason === 'timeout' ? 'route.timeout' : 'route.failed';
          st.notify('warning', translator(st.uiLang)(key), [e instanceof Error ? e.message : String(e)]);
        }
      })
      .finally(() => {
        inFlight = false;
        abort = null;
        // Only a change made meanwhile reroutes: a plan that failed twice for the same geometry
        // must not retry in a loop.
        const now = store.getState();
        if (again || !sameBasis(basisOf(now), basis) || now.diagramLang !== lang) {
          again = false;
          schedule(0);
        }
      });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.layoutRunning && !prev.layoutRunning) abort?.abort();
    if (s.routes !== lastRoutes) {
      // A plan stored by someone else (ELK after Auto layout) is for the language shown now.
      if (s.routes && planLang !== s.diagramLang && s.routes.plan.source === 'elk') planLang = s.diagramLang;
      lastRoutes = s.routes;
    }
    if (
      s.doc.nodes !== prev.doc.nodes ||
      s.doc.edges !== prev.doc.edges ||
      s.doc.style !== prev.doc.style ||
      s.doc.vocabulary !== prev.doc.vocabulary ||
      s.measured !== prev.measured ||
      s.diagramLang !== prev.diagramLang ||
      s.layoutTween !== prev.layoutTween ||
      s.layoutApplying !== prev.layoutApplying
    )
      schedule();
  });
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
