import { describe, expect, it } from 'vitest';
import { nextSliceSize, revealInSlices, type SliceBudget } from './revealSlices';
import type { FrameScheduler } from './layoutTween';

const budget: SliceBudget = { first: 40, min: 10, max: 120, frameMs: 50 };

/** Frames run on demand; each frame "takes" the next scripted duration. */
function fakeFrames(durations: number[]) {
  let t = 0;
  const queue: ((time: number) => void)[] = [];
  const scheduler: FrameScheduler = { request: (cb) => queue.push(cb), now: () => t };
  const run = () => {
    let i = 0;
    while (queue.length > 0) {
      const cb = queue.shift()!;
      t += durations[Math.min(i++, durations.length - 1)];
      cb(t);
    }
  };
  return { scheduler, run };
}

describe('nextSliceSize', () => {
  it('shrinks after a slow frame and never below the minimum', () => {
    expect(nextSliceSize(40, 100, budget)).toBe(20);
    expect(nextSliceSize(40, 1000, budget)).toBe(10);
  });
  it('grows after a fast frame, at most doubling, never above the maximum', () => {
    expect(nextSliceSize(40, 10, budget)).toBe(80);
    expect(nextSliceSize(100, 10, budget)).toBe(120);
    expect(nextSliceSize(40, 40, budget)).toBe(50);
  });
  it('keeps the size when the frame time is unknown', () => {
    expect(nextSliceSize(40, NaN, budget)).toBe(40);
    expect(nextSliceSize(40, 0, budget)).toBe(40);
  });
});

describe('revealInSlices', () => {
  it('shows growing counts up to the total, then is done one frame later', () => {
    const { scheduler, run } = fakeFrames([16]);
    const counts: number[] = [];
    let doneAfter = -1;
    revealInSlices(300, budget, scheduler, (n) => (counts.push(n), true), () => (doneAfter = counts.length));
    run();
    expect(counts.at(-1)).toBe(300);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBe(counts.length);
    expect(counts[0]).toBe(40);
    expect(counts[1] - counts[0]).toBe(80); // a 16 ms frame doubles the slice
    expect(doneAfter).toBe(counts.length);
  });

  it('takes smaller slices when frames are slow', () => {
    const { scheduler, run } = fakeFrames([200]);
    const counts: number[] = [];
    revealInSlices(100, budget, scheduler, (n) => (counts.push(n), true), () => undefined);
    run();
    const sizes = counts.map((n, i) => n - (counts[i - 1] ?? 0));
    expect(sizes[0]).toBe(40);
    expect(sizes.slice(1, -1).every((s) => s === 10)).toBe(true);
    expect(counts.at(-1)).toBe(100);
  });

  it('stops when show says so, and still finishes', () => {
    const { scheduler, run } = fakeFrames([16]);
    const counts: number[] = [];
    let done = false;
    revealInSlices(1000, budget, scheduler, (n) => (counts.push(n), counts.length < 2), () => (done = true));
    run();
    expect(counts).toHaveLength(2);
    expect(done).toBe(true);
  });

  it('with a task scheduler, is done only once what the last slice showed is painted', () => {
    const { scheduler, run } = fakeFrames([30]);
    const painted: (() => void)[] = [];
    const events: string[] = [];
    revealInSlices(50, budget, { ...scheduler, afterPaint: (cb) => painted.push(cb) }, (n) => (events.push(`show ${n}`), true), () => events.push('done'));
    run();
    expect(events).toEqual(['show 40', 'show 50']);
    expect(painted).toHaveLength(1);
    painted[0]();
    expect(events.at(-1)).toBe('done');
  });

  it('is done at once with nothing to show', () => {
    const { scheduler } = fakeFrames([16]);
    let done = false;
    revealInSlices(0, budget, scheduler, () => true, () => (done = true));
    expect(done).toBe(true);
  });
});
