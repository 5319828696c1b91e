import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveNodes } from '../model/edits';
import { sizeFrom } from '../model/geometry';
import type { Size, TheoryModel } from '../model/types';
import { RouteError, type RouterClient } from '../routing/routerClient';
import type { RouteInput, RoutePlan } from '../routing/types';
import { useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { routesFresh } from './routeSlice';
import { startRouteScheduler } from './routeScheduler';
import { loadFigure2 } from './testing/figure2';
import { EMPTY_SELECTION } from './viewSlice';
import { bigModel } from '../io/export/testing/bigModel';

/** Every element measured at its default size, so the scheduler does not wait for the canvas. */
const measuredFor = (doc: TheoryModel): ReadonlyMap<string, Size> => new Map(doc.nodes.map((n) => [n.id, sizeFrom()(n)]));

function reset() {
  const doc = loadFigure2();
  createTestEditor({ state: { doc, measured: measuredFor(doc), selection: EMPTY_SELECTION, notices: [], routes: null, uiLang: 'en', diagramLang: 'zh', layoutTween: null, layoutRunning: false } });
}

type Call = { input: RouteInput; mode: string; resolve: (p: RoutePlan) => void; reject: (e: Error) => void };
function fakeClient() {
  const calls: Call[] = [];
  const client: RouterClient = {
    route: (input, opts) => new Promise((resolve, reject) => calls.push({ input, mode: opts?.mode ?? 'route', resolve, reject })),
    dispose: () => undefined,
  };
  return { client, calls };
}
const planFor = (input: RouteInput, source: RoutePlan['source'] = 'router'): RoutePlan => ({
  style: input.style,
  source,
  routes: new Map(input.edges.map((e) => [e.id, { points: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }])),
});
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.useFakeTimers();
  reset();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('route scheduler', () => {
  it('routes once after the debounce and stores the plan for the geometry it was computed for', async () => {
    const { client, calls } = fakeClient();
    stop = startRouteScheduler({ client, debounceMs: 100 });
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    expect(calls[0].input.edges).toHaveLength(useAppStore.getState().doc.edges.length);
    calls[0].resolve(planFor(calls[0].input));
    await flush();
    expect(routesFresh(useAppStore.getState())).toBe(true);
    expect(useAppStore.getState().routes?.plan.source).toBe('router');
  });

  it('never routes during a drag, and routes once it ends', async () => {
    const { client, calls } = fakeClient();
    let dragging = true;
    stop = startRouteScheduler({ client, debounceMs: 50, dragging: () => dragging });
    for (let i = 0; i < 5; i++) {
      const doc = useAppStore.getState().doc;
      useAppStore.getState().edit((d) => moveNodes(d, new Map([[doc.nodes[3].id, { x: 10 * i, y: 5 }]])));
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(calls).toHaveLength(0);
    dragging = false;
    await vi.advanceTimersByTimeAsync(60);
    expect(calls).toHaveLength(1);
  });

  it('discards an answer for geometry that changed meanwhile and routes again', async () => {
    const { client, calls } = fakeClient();
    stop = startRouteScheduler({ client, debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    const id = useAppStore.getState().doc.nodes[3].id;
    useAppStore.getState().edit((d) => moveNodes(d, new Map([[id, { x: 999, y: 5 }]])));
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(1); // one in flight at a time
    calls[0].resolve(planFor(calls[0].input));
    await flush();
    expect(useAppStore.getState().routes).toBeNull();
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(2);
    expect(calls[1].input.nodes.find((n) => n.id === id)?.x).toBeGreaterThanOrEqual(999);
  });

  it('does not overwrite a fresh plan stored by Auto layout (ELK)', async () => {
    const { client, calls } = fakeClient();
    stop = startRouteScheduler({ client, debounceMs: 10 });
    useAppStore.getState().setRoutes({ style: 'orthogonal', source: 'elk', routes: new Map() });
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toHaveLength(0);
    expect(useAppStore.getState().routes?.plan.source).toBe('elk');
  });

  it('falls back to straight lines with a notice when the router times out, and says so once', async () => {
    const { client, calls } = fakeClient();
    stop = startRouteScheduler({ client, debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    calls[0].reject(new RouteError('timeout', 'too slow'));
    await flush();
    expect(calls[1].mode).toBe('straight');
    calls[1].resolve(planFor(calls[1].input, 'straight'));
    await flush();
    const s = useAppStore.getState();
    expect(s.routes?.plan.source).toBe('straight');
    expect(s.notices.map((n) => n.text)).toEqual(['Routing the edges around the nodes took too long; they are drawn as straight lines for now.']);
    // The same size again goes straight to the fallback (no 30 s of a busy core per edit).
    const id = s.doc.nodes[3].id;
    s.edit((d) => moveNodes(d, new Map([[id, { x: 5, y: 5 }]])));
    await vi.advanceTimersByTimeAsync(10);
    expect(calls[2].mode).toBe('straight');
  });

  it('does not try the router on a model over the size limit: straight lines and one notice', async () => {
    const big = bigModel({ nodes: 500 });
    useAppStore.setState({ doc: big, measured: measuredFor(big) });
    const { client, calls } = fakeClient();
    stop = startRouteScheduler({ client, debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    expect(calls.map((c) => c.mode)).toEqual(['straight']);
    expect(useAppStore.getState().notices).toHaveLength(1);
    expect(useAppStore.getState().notices[0].text).toMatch(/too large.*limit is 600/);
  });

  it('stops a routing call when Auto layout starts', async () => {
    const { client, calls } = fakeClient();
    const signals: (AbortSignal | undefined)[] = [];
    const spy: RouterClient = { ...client, route: (input, opts) => (signals.push(opts?.signal), client.route(input, opts)) };
    stop = startRouteScheduler({ client: spy, debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
    useAppStore.setState({ layoutRunning: true });
    expect(signals[0]?.aborted).toBe(true);
  });

  it('computes the fallback on the main thread if the worker cannot, and does not retry in a loop', async () => {
    const { client, calls } = fakeClient();
    stop = startRouteScheduler({ client, debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    calls[0].reject(new RouteError('failed', 'no wasm'));
    await flush();
    calls[1].reject(new RouteError('failed', 'no worker'));
    // The main-thread fallback is loaded when it is first needed (issue 15): wait for it.
    await vi.waitFor(() => expect(useAppStore.getState().routes?.plan.source).toBe('straight'));
    expect(useAppStore.getState().routes?.plan.routes.size).toBe(useAppStore.getState().doc.edges.length);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(2);
  });
});
