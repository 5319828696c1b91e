/**
 * Where connectors may attach to a node (issue 10: "parallel edges are spread apart … the
 * arrowhead visible and pointing into that node"). With one pin at the centre every edge that
 * enters a side converges on the same spot, so four arrowheads into 学校 from below drew as one
 * blot. In the orthogonal style each side instead offers a row of exclusive pins (one connector
 * each), as many as the node has edges, at most `MAX_PER_SIDE`, spaced at least `MIN_SPACING` px
 * and kept to the side's straight middle on rounded shapes. libavoid picks the cheapest free pin
 * for each connector, so edges that arrive together land side by side, in the order they come.
 * Straight and curved routes aim at the centre (a line pointing at the box), so they keep one pin.
 *
 * Pins sit `INSET` px inside the outline: plan.ts clips every route where it leaves the outline,
 * so the end is drawn exactly on the border with the usual gap, for boxes and ellipses alike.
 */
import type { EdgeStyle } from '../model/types';
import type { RouteBox } from './types';

export const MAX_PER_SIDE = 5;
export const MIN_SPACING = 16;
export const INSET = 3;

export type Side = 'top' | 'bottom' | 'left' | 'right';
/** A pin in libavoid's proportional terms: x/y fractions of the box, and the side it faces. */
export type Pin = { x: number; y: number; side: Side } | { x: 0.5; y: 0.5; side: 'all' };

function fractions(length: number, count: number, usable: number): number[] {
  const room = length * usable;
  const k = Math.max(1, Math.min(count, MAX_PER_SIDE, Math.floor(room / MIN_SPACING)));
  if (k === 1) return [0.5];
  const start = (1 - usable) / 2;
  return Array.from({ length: k }, (_, i) => start + (usable * (i + 0.5)) / k);
}

/** The pins of one node box for `degree` connectors in `style`. */
export function pinsFor(box: RouteBox, degree: number, style: EdgeStyle): Pin[] {
  if (style !== 'orthogonal' || degree <= 1) return [{ x: 0.5, y: 0.5, side: 'all' }];
  // Rounded shapes (pills, ellipses) are straight only near the middle of each side.
  const across = box.ellipse ? 0.5 : 0.8;
  const down = box.ellipse ? 0.4 : 0.7;
  const pins: Pin[] = [];
  for (const f of fractions(box.width, degree, across)) pins.push({ x: f, y: 0, side: 'top' }, { x: f, y: 1, side: 'bottom' });
  for (const f of fractions(box.height, degree, down)) pins.push({ x: 0, y: f, side: 'left' }, { x: 1, y: f, side: 'right' });
  return pins;
}
