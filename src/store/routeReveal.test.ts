import { beforeEach, describe, expect, it } from 'vitest';
import { fittedRoute } from '../canvas/edges/routeFit';
import type { RoutePlan } from '../routing/types';
import { useAppStore } from './appStore';
import type { FrameScheduler } from './layoutTween';
import { ROUTE_BUDGET, ROUTE_REVEAL_MIN, storeRoutesInSlices } from './routeReveal';
import { createTestEditor } from './testing/testEditor';
import { blankModel } from '../model/blank';

const state = () => useAppStore.getState();

function fakeFrames() {
  let time = 0;
  let queue: ((t: number) => void)[] = [];
  const scheduler: FrameScheduler = { request: (cb) => queue.push(cb), now: () => time };
  const tick = (ms = 16) => {
    time += ms;
    const run = queue;
    queue = [];
    run.forEach((cb) => cb(time));
  };
  return { scheduler, tick, pending: () => queue.length };
}

const planOf = (ids: string[], x: number): RoutePlan => ({ style: 'orthogonal', source: 'elk', routes: new Map(ids.map((id) => [id, { points: [{ x, y: 0 }, { x, y: 10 }] }])) });

describe('storeRoutesInSlices', () => {
  const count = ROUTE_REVEAL_MIN + ROUTE_BUDGET.first * 3;
  const ids = Array.from({ length: count }, (_, i) => `e${i}`);
  beforeEach(() => {
    const doc = {
      ...blankModel('t', new Date(0)),
      nodes: [
        { id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } },
        { id: 'b', kind: 'actor', label: 'B', position: { x: 300, y: 0 } },
      ],
      edges: ids.map((id) => ({ id, source: 'a', target: 'b', relation: 'relates' })),
    };
    createTestEditor({ state: { doc, measured: new Map() } });
    state().setRoutes(planOf(ids, 1));
  });

  it('stores the whole plan at once and switches the drawn routes over frames', async () => {
    const previous = state().routes!;
    const next = planOf(ids, 2);
    const { scheduler, tick, pending } = fakeFrames();
    const done = storeRoutesInSlices(next, scheduler);
    // The store holds the whole new plan (exports see it), but no edge draws it yet.
    expect(state().routes?.plan).toBe(next);
    expect(ids.every((id) => fittedRoute(state(), id) === previous.plan.routes.get(id))).toBe(true);
    tick();
    const drawnNew = ids.filter((id) => fittedRoute(state(), id) === next.routes.get(id)).length;
    expect(drawnNew).toBe(ROUTE_BUDGET.first);
    for (let i = 0; i < 50 && pending() > 0; i++) tick();
    await done;
    expect(state().routeReveal).toBeNull();
    expect(ids.every((id) => fittedRoute(state(), id) === next.routes.get(id))).toBe(true);
  });

  it('stops when another plan replaces it meanwhile', async () => {
    const { scheduler, tick, pending } = fakeFrames();
    const done = storeRoutesInSlices(planOf(ids, 2), scheduler);
    tick();
    const other = planOf(ids, 3);
    state().setRoutes(other);
    for (let i = 0; i < 5 && pending() > 0; i++) tick();
    await done;
    expect(state().routeReveal).toBeNull();
    expect(fittedRoute(state(), ids[count - 1])).toBe(other.routes.get(ids[count - 1]));
  });

  it('stores a small plan, or one without frames, in one go', async () => {
    const next = planOf(ids, 2);
    await storeRoutesInSlices(next, null);
    expect(state().routes?.plan).toBe(next);
    expect(state().routeReveal).toBeNull();
  });
});
