import type { Rect } from './geometry';

/**
 * Alignment guides while dragging (issue 10, item 6): where the moving box's left edge, centre or
 * right edge (and top, middle, bottom) comes within `threshold` of another box's, the box is
 * pulled onto that line and the line is shown. Pure: boxes in, a pull and lines out.
 */
export type GuideSnap = { dx: number; dy: number; xs: number[]; ys: number[] };

/** Pull distance (flow px) within which a box snaps to another's edge or centre. */
export const GUIDE_THRESHOLD = 6;

const xsOf = (r: Rect) => [r.x, r.x + r.width / 2, r.x + r.width];
const ysOf = (r: Rect) => [r.y, r.y + r.height / 2, r.y + r.height];

/** Every box's three lines on one axis, sorted: built once per set of boxes (a drag's others). */
type Lines = { xs: Float64Array; ys: Float64Array };

const linesCache = new WeakMap<readonly Rect[], Lines>();

function linesOf(others: readonly Rect[]): Lines {
  let lines = linesCache.get(others);
  if (!lines) {
    const sorted = (of: (r: Rect) => number[]) => Float64Array.from(others.flatMap(of)).sort();
    lines = { xs: sorted(xsOf), ys: sorted(ysOf) };
    linesCache.set(others, lines);
  }
  return lines;
}

/** The index of the first value ≥ v in sorted `a`. */
function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The nearest line in `lines` (sorted) to any of `mine`, within the threshold: the pull and every
 * line it lands on. A binary search per line of the moving box, not a scan of every box: a drag
 * among 500 nodes asks this on every move (issue 15). Of two pulls equally near, the first of
 * `mine` wins, and for one of `mine` the line before it.
 */
function nearest(mine: number[], lines: Float64Array, threshold: number): { d: number; lines: number[] } {
  let best = Infinity;
  for (const m of mine) {
    const i = lowerBound(lines, m);
    for (const j of [i - 1, i]) {
      if (j < 0 || j >= lines.length) continue;
      const d = lines[j] - m;
      if (Math.abs(d) < Math.abs(best)) best = d;
    }
  }
  if (!(Math.abs(best) <= threshold)) return { d: 0, lines: [] };
  const found = new Set<number>();
  for (const m of mine) {
    const at = m + best;
    for (let j = lowerBound(lines, at - 0.5); j < lines.length && lines[j] < at + 0.5; j++) if (Math.abs(lines[j] - at) < 0.5) found.add(lines[j]);
  }
  return { d: best, lines: [...found].sort((a, b) => a - b) };
}

export function guideSnap(moving: Rect, others: readonly Rect[], threshold = GUIDE_THRESHOLD): GuideSnap {
  const lines = linesOf(others);
  const x = nearest(xsOf(moving), lines.xs, threshold);
  const y = nearest(ysOf(moving), lines.ys, threshold);
  return { dx: x.d, dy: y.d, xs: x.lines, ys: y.lines };
}
