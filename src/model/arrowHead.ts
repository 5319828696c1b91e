/**
 * Arrowhead geometry as plain data (issue 10: relation types told apart without colour). The
 * canvas's SVG markers, the legend swatches, the exported SVG's markers and the exported legend all
 * draw these same shapes, so a head looks the same everywhere.
 *
 * Coordinates: the route's end point is the origin and the route arrives along +x (SVG
 * `orient="auto"`), in px at 100 % zoom. A head grows with the line width, but more slowly than
 * the width, so thin lines still get a readable head and thick lines no giant one.
 *
 * The line itself runs up to the origin with a square end as wide as the line. A head whose tip
 * sat exactly on the origin would let that end poke out on both sides of the tip (a blunt tip at
 * widths above ~2 px), so each head reaches just far enough past the origin to cover the line's
 * end: `reach` says how far. The router can end routes that much before the outline so the tip
 * lands on it; today's floating edges stop 2 px short, which covers the default width.
 */
import type { ArrowHead } from './types';

export type HeadGeometry = {
  /** SVG path data of the head pointing along +x (the route's end at the origin). */
  d: string;
  /** Filled in the relation's colour; otherwise stroked only (the open chevron). */
  filled: boolean;
  /** Stroke width of an unfilled head, px (0 for filled heads). */
  stroke: number;
  /** How far the head extends past the route's end, px. */
  reach: number;
  /** How far the head extends back along the route, px. */
  back: number;
  /** Half the head's height across the route, px. */
  half: number;
};

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Length and half-width of a triangular head for a line width (both in px). */
export function headSize(width: number): { length: number; half: number } {
  const w = Number.isFinite(width) && width > 0 ? width : 1.6;
  return { length: 7.5 + 2 * w, half: 3 + 1.1 * w };
}

/**
 * The head's shape for a line width; undefined for `none` (the line just ends). `dir` -1 draws it
 * pointing along -x, for the start of a route (whose direction points away from the source): drawn
 * pre-reversed rather than with SVG 2's `auto-start-reverse`, which some SVG 1.1 renderers (older
 * Inkscape, Office) ignore.
 */
export function headGeometry(head: ArrowHead, width: number, dir: 1 | -1 = 1): HeadGeometry | undefined {
  const w = Number.isFinite(width) && width > 0 ? width : 1.6;
  const { length: L, half: H } = headSize(w);
  const P = (x: number, y: number) => `${r2(dir * x) || 0},${r2(y) || 0}`;
  switch (head) {
    case 'none':
      return undefined;
    case 'filled': {
      // The tip is where the triangle is exactly as wide as the line.
      const o = (w / 2) * (L / H);
      return { d: `M${P(o, 0)} L${P(o - L, -H)} L${P(o - L, H)} Z`, filled: true, stroke: 0, reach: r2(o), back: r2(L - o), half: r2(H) };
    }
    case 'open': {
      // A chevron stroked as wide as the line (at least 1 px): its arms cover the line's end, and
      // its mitred tip reaches past the vertex by half the stroke over the sine of the half-angle.
      const s = Math.max(1, w);
      const h = H * 1.1;
      const sin = h / Math.hypot(L, h);
      return { d: `M${P(-L, -h)} L${P(0, 0)} L${P(-L, h)}`, filled: false, stroke: r2(s), reach: r2(s / 2 / sin), back: r2(L + s / 2), half: r2(h + s / 2) };
    }
    case 'diamond': {
      const len = L * 1.35;
      const h = H * 0.95;
      const o = (w / 2) * (len / 2 / h);
      const mid = o - len / 2;
      return { d: `M${P(o, 0)} L${P(mid, -h)} L${P(o - len, 0)} L${P(mid, h)} Z`, filled: true, stroke: 0, reach: r2(o), back: r2(len - o), half: r2(h) };
    }
    case 'circle': {
      const radius = H * 0.78;
      // The circle's front just past the origin, by as much as covers the line's square end.
      const o = radius - Math.sqrt(Math.max(0, radius * radius - (w * w) / 4));
      const cx = o - radius;
      const arc = `A${r2(radius)},${r2(radius)} 0 1 ${dir === 1 ? 1 : 0}`;
      return { d: `M${P(o, 0)} ${arc} ${P(cx - radius, 0)} ${arc} ${P(o, 0)} Z`, filled: true, stroke: 0, reach: r2(o), back: r2(radius - cx), half: r2(radius) };
    }
  }
}

/** The box a marker must cover (the head plus a pixel of anti-aliasing), in head coordinates. */
export function headBox(g: HeadGeometry, dir: 1 | -1 = 1): { x: number; y: number; width: number; height: number } {
  const pad = 1 + g.stroke / 2;
  const width = r2(g.back + g.reach + 2 * pad);
  return { x: dir === 1 ? r2(-g.back - pad) : r2(-g.reach - pad), y: r2(-g.half - pad), width, height: r2(2 * (g.half + pad)) };
}

/**
 * How far before the node's outline a route should end so the head's tip lands exactly on the
 * outline (for the router, issue 10): the head's reach, 0 for no head.
 */
export function headReach(head: ArrowHead, width: number): number {
  return headGeometry(head, width)?.reach ?? 0;
}
