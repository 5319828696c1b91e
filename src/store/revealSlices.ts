/**
 * Showing a large change over several frames (issue 15): the size of each slice follows how long
 * the frames take, so a loaded machine draws smaller slices instead of longer tasks. Pure timing
 * logic over a frame scheduler; what a slice shows is the caller's.
 */
import type { FrameScheduler } from './layoutTween';

export type SliceBudget = {
  /** Items shown by the first slice. */
  first: number;
  min: number;
  max: number;
  /** The frame time to aim at (ms): a slice whose frame took longer makes the next one smaller. */
  frameMs: number;
};

/**
 * The next slice's size: scaled by how far the last frame was from the aim, at most doubled per
 * frame (one fast frame is no proof), within [min, max].
 */
export function nextSliceSize(size: number, frameMs: number, b: SliceBudget): number {
  if (!Number.isFinite(frameMs) || frameMs <= 0) return size;
  const scaled = Math.floor((size * b.frameMs) / frameMs);
  return Math.max(b.min, Math.min(b.max, size * 2, scaled));
}

/**
 * Calls `show(count)` once per scheduler turn (a frame, or a task: layoutTween.ts `taskScheduler`)
 * with a growing count of items shown, ending with `total`, then `done()` once that is painted
 * (`afterPaint`, else one turn later), so what follows finds the last slice laid out. `show` returns
 * false to stop early (the document changed under the reveal); `done` still runs.
 */
export function revealInSlices(total: number, budget: SliceBudget, scheduler: FrameScheduler, show: (count: number) => boolean, done: () => void): void {
  let shown = 0;
  let size = budget.first;
  let last = NaN;
  const step = () => {
    const now = scheduler.now();
    if (!Number.isNaN(last)) size = nextSliceSize(size, now - last, budget);
    last = now;
    shown = Math.min(total, shown + size);
    if (!show(shown) || shown >= total) {
      if (scheduler.afterPaint) scheduler.afterPaint(done);
      else scheduler.request(() => done());
      return;
    }
    scheduler.request(step);
  };
  if (total <= 0) {
    done();
    return;
  }
  scheduler.request(step);
}
