import { beforeEach, describe, expect, it } from 'vitest';
import { applyLayoutPlan } from '../model/layoutPlan';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from './appStore';
import { createTestEditor } from './testing/testEditor';
import { commitAnimated, tweenFrame, tweenMoves, TWEEN_MAX_NODES, TWEEN_MS, type FrameScheduler } from './layoutTween';
import { loadFigure2 } from './testing/figure2';
import { REVEAL_BUDGET, revealedDoc, revealOrder } from './layoutReveal';
import { GROUP_KIND } from '../model/types';

const REVEAL_SLICE = REVEAL_BUDGET.first;
import { EMPTY_SELECTION } from './viewSlice';

const state = () => useAppStore.getState();

/** A manual clock: each `tick(ms)` advances time and runs the frame callbacks that were waiting. */
function fakeFrames() {
  let time = 0;
  let queue: ((t: number) => void)[] = [];
  const scheduler: FrameScheduler = { request: (cb) => queue.push(cb), now: () => time };
  const tick = (ms: number) => {
    time += ms;
    const run = queue;
    queue = [];
    run.forEach((cb) => cb(time));
  };
  return { scheduler, tick, pending: () => queue.length };
}

function laidOut(doc: TheoryModel): TheoryModel {
  return applyLayoutPlan(doc, {
    positions: { 'actor-school': { x: 100, y: 200 }, 'grp-resources': { x: 900, y: 0 } },
    sizes: { 'grp-resources': { width: 400, height: 300 } },
  });
}

beforeEach(() => {
  createTestEditor({ state: { doc: loadFigure2(), selection: EMPTY_SELECTION, notices: [], layoutTween: null } });
});

describe('tween frames', () => {
  it('lists only nodes that moved or (groups) resized, and interpolates from old to new', () => {
    const from = state().doc;
    const to = laidOut(from);
    const moves = tweenMoves(from, to);
    expect(moves.map((m) => m.id).sort()).toEqual(['actor-school', 'grp-resources']);
    const school = from.nodes.find((n) => n.id === 'actor-school')!.position;
    expect(tweenFrame(moves, 0).get('actor-school')!.position).toEqual(school);
    expect(tweenFrame(moves, 1).get('actor-school')!.position).toEqual({ x: 100, y: 200 });
    expect(tweenFrame(moves, 1).get('grp-resources')!.size).toEqual({ width: 400, height: 300 });
    const mid = tweenFrame(moves, 0.5).get('actor-school')!.position;
    expect(mid.x).toBeCloseTo((school.x + 100) / 2);
  });
});

describe('commitAnimated', () => {
  it('commits ONE undo step at once; the frames only paint (no steps), then the tween clears', async () => {
    const from = state().doc;
    const to = laidOut(from);
    const { scheduler, tick } = fakeFrames();
    const done = commitAnimated(from, to, scheduler);
    expect(state().doc).toBe(to);
    expect(history().pastStates).toHaveLength(1);
    expect(state().layoutTween?.get('actor-school')?.position).toEqual(from.nodes.find((n) => n.id === 'actor-school')!.position);
    for (let ms = 0; ms < TWEEN_MS; ms += 16) tick(16);
    tick(16);
    await done;
    expect(state().layoutTween).toBeNull();
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(state().doc).toBe(from);
  });

  it('stops painting at once when the document changes during the animation (an undo)', async () => {
    const from = state().doc;
    const to = laidOut(from);
    const { scheduler, tick } = fakeFrames();
    const done = commitAnimated(from, to, scheduler);
    tick(16);
    expect(state().layoutTween).not.toBeNull();
    history().undo();
    tick(16);
    await done;
    expect(state().layoutTween).toBeNull();
    expect(state().doc).toBe(from);
  });

  it('jumps to the end when a frame is too slow (a canvas too big to animate)', async () => {
    const from = state().doc;
    const { scheduler, tick, pending } = fakeFrames();
    const done = commitAnimated(from, laidOut(from), scheduler);
    tick(200);
    await done;
    expect(state().layoutTween).toBeNull();
    expect(pending()).toBe(0);
  });

  it('reveals a result that moves many nodes in slices: one undo step, old places drawn until revealed', async () => {
    const from = state().doc;
    const count = TWEEN_MAX_NODES + REVEAL_SLICE + 1;
    const many = { ...from, nodes: Array.from({ length: count }, (_, i) => ({ id: `n${i}`, kind: 'actor', label: 'x', position: { x: 0, y: 0 } })) };
    useAppStore.setState({ doc: many });
    const to = applyLayoutPlan(many, { positions: Object.fromEntries(many.nodes.map((n, i) => [n.id, { x: i * 10, y: 5 }])), sizes: {} });
    const { scheduler, tick, pending } = fakeFrames();
    const steps = history().pastStates.length;
    const done = commitAnimated(many, to, scheduler);
    expect(state().doc).toBe(to);
    expect(history().pastStates).toHaveLength(steps + 1);
    expect(state().layoutTween).toBeNull();
    // Nothing revealed yet: the canvas draws every moved node where it was.
    expect(revealedDoc(state().doc, state().layoutReveal).nodes[5].position).toEqual({ x: 0, y: 0 });
    tick(16);
    const shown = revealedDoc(state().doc, state().layoutReveal);
    expect(shown.nodes[REVEAL_SLICE - 1].position).toEqual({ x: (REVEAL_SLICE - 1) * 10, y: 5 });
    expect(shown.nodes[REVEAL_SLICE].position).toEqual({ x: 0, y: 0 });
    for (let i = 0; i < 40 && pending() > 0; i++) tick(16);
    await done;
    expect(state().layoutReveal).toBeNull();
    expect(revealedDoc(state().doc, state().layoutReveal)).toBe(to);
    expect(history().pastStates).toHaveLength(steps + 1);
    history().undo();
    expect(state().doc).toBe(many);
  });

  it('reveals a large result with the slices scheduler when there is one (tasks, not frames)', async () => {
    const from = state().doc;
    const many = { ...from, nodes: Array.from({ length: TWEEN_MAX_NODES * 2 }, (_, i) => ({ id: `n${i}`, kind: 'actor', label: 'x', position: { x: 0, y: 0 } })) };
    useAppStore.setState({ doc: many });
    const to = applyLayoutPlan(many, { positions: Object.fromEntries(many.nodes.map((n, i) => [n.id, { x: i, y: 2 }])), sizes: {} });
    const frames = fakeFrames();
    const tasks = fakeFrames();
    const done = commitAnimated(many, to, { ...frames.scheduler, slices: tasks.scheduler });
    expect(frames.pending()).toBe(0);
    expect(tasks.pending()).toBe(1);
    for (let i = 0; i < 60 && tasks.pending() > 0; i++) tasks.tick(16);
    await done;
    expect(frames.pending()).toBe(0);
    expect(revealedDoc(state().doc, state().layoutReveal)).toBe(to);
  });

  it('stops revealing at once when the document changes meanwhile', async () => {
    const from = state().doc;
    const many = { ...from, nodes: Array.from({ length: TWEEN_MAX_NODES * 3 }, (_, i) => ({ id: `n${i}`, kind: 'actor', label: 'x', position: { x: 0, y: 0 } })) };
    useAppStore.setState({ doc: many });
    const to = applyLayoutPlan(many, { positions: Object.fromEntries(many.nodes.map((n, i) => [n.id, { x: i, y: 1 }])), sizes: {} });
    const { scheduler, tick } = fakeFrames();
    const done = commitAnimated(many, to, scheduler);
    tick(16);
    history().undo();
    tick(16);
    tick(16);
    await done;
    expect(state().layoutReveal).toBeNull();
    expect(state().doc).toBe(many);
  });

  it('without frames (no browser) or without moves, just commits', async () => {
    const from = state().doc;
    await commitAnimated(from, laidOut(from), null);
    expect(state().layoutTween).toBeNull();
    expect(history().pastStates).toHaveLength(1);
    await commitAnimated(state().doc, state().doc, fakeFrames().scheduler);
    expect(history().pastStates).toHaveLength(1);
  });
});

describe('revealOrder', () => {
  const node = (id: string, kind: string) => ({ id, kind, label: id, position: { x: 0, y: 0 } });
  it('keeps document order and spreads the groups among the other nodes', () => {
    const nodes = [node('g1', GROUP_KIND), node('g2', GROUP_KIND), ...Array.from({ length: 8 }, (_, i) => node(`n${i}`, 'actor'))];
    const order = revealOrder(nodes);
    expect([...order].sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(order.filter((id) => id.startsWith('n'))).toEqual(nodes.slice(2).map((n) => n.id));
    expect(order.indexOf('g1')).toBeLessThan(order.indexOf('g2'));
    expect(order.indexOf('g1')).toBeGreaterThan(0);
    expect(order.indexOf('g2') - order.indexOf('g1')).toBeGreaterThanOrEqual(4);
  });
  it('is document order without groups, and with groups only', () => {
    expect(revealOrder([node('a', 'actor'), node('b', 'actor')])).toEqual(['a', 'b']);
    expect(revealOrder([node('g1', GROUP_KIND), node('g2', GROUP_KIND)])).toEqual(['g1', 'g2']);
  });
});
