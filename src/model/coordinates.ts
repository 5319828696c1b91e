/**
 * The figure's coordinate range (issue 17). Every position, size and bend point a document holds
 * is a finite number within ±COORDINATE_LIMIT px. The limit sits well inside what browsers can lay
 * out (Chromium's LayoutUnit is 1/64 px in 32 bits: about ±33.5 million px), so a node inside it is
 * drawn where it says, and sums of a few in-range values (a child inside its group, a bend beside
 * a node) stay finite and exact to far below a pixel. No hand-made figure comes near it.
 */

/** Largest |x| or |y| a stored position or bend point may have, in px. */
export const COORDINATE_LIMIT = 10_000_000;

/** Largest width or height a stored node size may have, in px. */
export const SIZE_LIMIT = COORDINATE_LIMIT;

/** Largest |offset| of an edge label from its route, in px; further is no longer "at" the edge. */
export const LABEL_OFFSET_LIMIT = 10_000;

export const inCoordinateRange = (v: number): boolean => Number.isFinite(v) && Math.abs(v) <= COORDINATE_LIMIT;

/** Into the range: ±Infinity and far values go to the nearest limit, NaN to 0. */
export function clampCoordinate(v: number): number {
  if (Number.isNaN(v)) return 0;
  return Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, v));
}
