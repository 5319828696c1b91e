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

/** The nearest line in `others` to any of `mine`, within the threshold: the pull and every line it lands on. */
function nearest(mine: number[], others: number[][], threshold: number): { d: number; lines: number[] } {
  let best = Infinity;
  for (const o of others) for (const v of o) for (const m of mine) if (Math.abs(v - m) < Math.abs(best)) best = v - m;
  if (!(Math.abs(best) <= threshold)) return { d: 0, lines: [] };
  const lines = new Set<number>();
  for (const o of others) for (const v of o) for (const m of mine) if (Math.abs(v - (m + best)) < 0.5) lines.add(v);
  return { d: best, lines: [...lines].sort((a, b) => a - b) };
}

export function guideSnap(moving: Rect, others: readonly Rect[], threshold = GUIDE_THRESHOLD): GuideSnap {
  const x = nearest(xsOf(moving), others.map(xsOf), threshold);
  const y = nearest(ysOf(moving), others.map(ysOf), threshold);
  return { dx: x.d, dy: y.d, xs: x.lines, ys: y.lines };
}
