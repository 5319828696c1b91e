/**
 * The layout animation. The laid-out document is committed first, as ONE undo step, and then the
 * canvas is shown moving from the old positions to the new ones for ≤ 300 ms through `layoutTween`
 * (view state the canvas paints over the document's positions). Nothing here writes the document,
 * so animation frames can never become undo steps or autosaves, and undo restores the previous
 * positions exactly, because they are simply the previous document.
 *
 * Rejected: interpolating the document itself with history paused (every frame would re-run the
 * model checks and autosave, and an edit during the animation would be lost to the paused
 * history); CSS transitions on `.react-flow__node` (edges are computed from React Flow's internal
 * positions, so lines and labels would jump while boxes glide).
 */
import type { ModelNode, Point, Size, TheoryModel } from '../model/types';
import type { CaptureUpdate } from './history';
import { useAppStore } from './appStore';
import type { TweenFrame } from './layoutSlice';
import { commitInSlices } from './layoutReveal';

export const TWEEN_MS = 260;
/**
 * Above this many moving nodes the result is not animated but revealed in slices (layoutReveal.ts):
 * every tween frame re-renders each moving node and its edges, and at 500 nodes one frame is a
 * long task of its own (hundreds of ms here), so an animation would only add long tasks.
 */
export const TWEEN_MAX_NODES = 150;
/** A frame slower than this means the canvas is too big to animate smoothly: jump to the end. */
const SLOW_FRAME_MS = 120;

export type FrameScheduler = {
  request: (cb: (time: number) => void) => unknown;
  now: () => number;
  /**
   * Runs `cb` once the page has painted what was shown (a reveal's end, so what follows — fit
   * view reads the panels' boxes — finds it laid out). Without it, `request` is taken to wait for
   * a frame already.
   */
  afterPaint?: (cb: () => void) => void;
  /** The scheduler for a large result's slices (layoutReveal.ts), where it differs from this one. */
  slices?: FrameScheduler;
};

const afterPaint = (cb: () => void) => void requestAnimationFrame(() => setTimeout(cb, 0));

/**
 * Slices of a large reveal as tasks of their own (issue 15), not inside animation frames: a slice
 * in a frame callback was one task with the frame's style, layout, layerize and paint (about as
 * long again at 500 nodes), and the browser still paints between two such tasks when a frame is due.
 */
export const taskScheduler = (): FrameScheduler | null =>
  typeof requestAnimationFrame === 'function'
    ? { request: (cb) => setTimeout(() => cb(performance.now()), 0), now: () => performance.now(), afterPaint }
    : null;

const browserScheduler = (): FrameScheduler | null =>
  typeof requestAnimationFrame === 'function'
    ? { request: (cb) => requestAnimationFrame(cb), now: () => performance.now(), slices: taskScheduler() ?? undefined }
    : null;

type Move = { id: string; from: Point; to: Point; fromSize?: Size; toSize?: Size };

/** Nodes whose place or (group) size differs between the two documents. */
export function tweenMoves(from: TheoryModel, to: TheoryModel): Move[] {
  const before = new Map<string, ModelNode>(from.nodes.map((n) => [n.id, n]));
  const moves: Move[] = [];
  for (const n of to.nodes) {
    const old = before.get(n.id);
    if (!old || old === n) continue;
    const moved = old.position.x !== n.position.x || old.position.y !== n.position.y;
    const resized = n.size !== undefined && old.size !== undefined && (old.size.width !== n.size.width || old.size.height !== n.size.height);
    if (moved || resized) moves.push({ id: n.id, from: old.position, to: n.position, ...(resized ? { fromSize: old.size, toSize: n.size } : {}) });
  }
  return moves;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
const mix = (a: number, b: number, t: number) => a + (b - a) * t;

export function tweenFrame(moves: readonly Move[], t: number): TweenFrame {
  const k = ease(Math.max(0, Math.min(1, t)));
  const frame = new Map<string, { position: Point; size?: Size }>();
  for (const m of moves) {
    frame.set(m.id, {
      position: { x: mix(m.from.x, m.to.x, k), y: mix(m.from.y, m.to.y, k) },
      ...(m.fromSize && m.toSize
        ? { size: { width: mix(m.fromSize.width, m.toSize.width, k), height: mix(m.fromSize.height, m.toSize.height, k) } }
        : {}),
    });
  }
  return frame;
}

/**
 * Commits `to` as one undo step (its "before" is `from`; with `merge`, as part of the current step:
 * the layout that follows an import) and animates the canvas from `from`'s
 * positions to it. Resolves when the animation is over. Stops early, showing the document as it
 * is, if the document changes meanwhile (an undo, an edit) or a frame is too slow.
 */
export function commitAnimated(from: TheoryModel, to: TheoryModel, scheduler: FrameScheduler | null = browserScheduler(), policy: CaptureUpdate = 'record'): Promise<void> {
  const state = useAppStore.getState();
  const moves = tweenMoves(from, to);
  if (!scheduler || moves.length === 0) {
    state.edit(() => to, policy);
    return Promise.resolve();
  }
  if (moves.length > TWEEN_MAX_NODES) return commitInSlices(from, to, moves.map((m) => m.id), scheduler.slices ?? scheduler, policy);
  // The first frame (old positions) is set before the commit, so no render shows the end state early.
  state.setLayoutTween(tweenFrame(moves, 0));
  state.edit(() => to, policy);
  const start = scheduler.now();
  let last = start;
  return new Promise((resolve) => {
    const step = () => {
      const now = scheduler.now();
      const s = useAppStore.getState();
      const t = (now - start) / TWEEN_MS;
      if (s.doc !== to || t >= 1 || now - last > SLOW_FRAME_MS) {
        s.setLayoutTween(null);
        resolve();
        return;
      }
      last = now;
      s.setLayoutTween(tweenFrame(moves, t));
      scheduler.request(step);
    };
    scheduler.request(step);
  });
}
