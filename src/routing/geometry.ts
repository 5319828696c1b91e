/**
 * Pure polyline geometry for routes: where a route leaves its node's outline, tidying the router's
 * points, lengths, and points along a polyline. No WASM, no DOM — tested in Node.
 */
import type { Point } from '../model/types';
import type { RouteBox } from './types';

/** Gap between a route's end and its node's outline, so an arrowhead never sits on the border. */
export const END_GAP = 2;

export const centreOf = (b: RouteBox): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Whether `p` lies strictly inside the box (or its ellipse), shrunk by `inset` px. */
export function inside(b: RouteBox, p: Point, inset = 0): boolean {
  const hw = b.width / 2 - inset;
  const hh = b.height / 2 - inset;
  if (hw <= 0 || hh <= 0) return false;
  const dx = p.x - (b.x + b.width / 2);
  const dy = p.y - (b.y + b.height / 2);
  if (b.ellipse) return (dx * dx) / (hw * hw) + (dy * dy) / (hh * hh) < 1;
  return Math.abs(dx) < hw && Math.abs(dy) < hh;
}

/**
 * Where the segment a→b crosses the outline, going from inside (a) to outside (b), as the
 * fraction t of a→b. Bisection works for both rectangles and ellipses and is exact enough
 * (1e-4 of the segment) for drawing.
 */
function exitFraction(b: RouteBox, a: Point, c: Point): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (inside(b, lerp(a, c, mid))) lo = mid;
    else hi = mid;
  }
  return hi;
}

export const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
export const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

/**
 * Cuts the part of a route that lies inside its source (at the start) and its target (at the end),
 * so it starts and ends on their outlines (END_GAP px outside). Routers start connectors at the
 * node's centre; a figure's arrow starts and ends at the border. If the whole route is inside one
 * box (overlapping nodes), the route is returned unchanged rather than emptied.
 */
export function clipToEnds(points: readonly Point[], source: RouteBox, target: RouteBox, gap = END_GAP): Point[] {
  if (points.length < 2) return [...points];
  let pts = [...points];
  // Source: find the first segment that leaves the box.
  let i = 0;
  while (i < pts.length - 1 && inside(source, pts[i + 1])) i++;
  if (i < pts.length - 1 && inside(source, pts[i])) {
    const t = exitFraction(source, pts[i], pts[i + 1]);
    const seg = dist(pts[i], pts[i + 1]);
    const start = lerp(pts[i], pts[i + 1], Math.min(1, t + (seg > 0 ? gap / seg : 0)));
    pts = [start, ...pts.slice(i + 1)];
  }
  // Target: the same from the end.
  let j = pts.length - 1;
  while (j > 0 && inside(target, pts[j - 1])) j--;
  if (j > 0 && inside(target, pts[j])) {
    const t = exitFraction(target, pts[j], pts[j - 1]);
    const seg = dist(pts[j], pts[j - 1]);
    const end = lerp(pts[j], pts[j - 1], Math.min(1, t + (seg > 0 ? gap / seg : 0)));
    pts = [...pts.slice(0, j), end];
  }
  return dedupe(pts);
}

/** Drops repeated points and middle points on a straight line (routers emit both). */
export function dedupe(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2];
      const b = last;
      const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
      const dot = (b.x - a.x) * (p.x - b.x) + (b.y - a.y) * (p.y - b.y);
      if (Math.abs(cross) < 0.01 && dot >= 0) {
        out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

export function polylineLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += dist(points[i - 1], points[i]);
  return total;
}

/** The point at fraction `along` (0–1) of the polyline's length, and the unit direction there. */
export function pointAlong(points: readonly Point[], along: number): { point: Point; dir: Point } {
  if (points.length === 0) return { point: { x: 0, y: 0 }, dir: { x: 1, y: 0 } };
  if (points.length === 1) return { point: points[0], dir: { x: 1, y: 0 } };
  const total = polylineLength(points);
  let left = Math.max(0, Math.min(1, along)) * total;
  for (let i = 1; i < points.length; i++) {
    const d = dist(points[i - 1], points[i]);
    if (left <= d || i === points.length - 1) {
      const t = d > 0 ? Math.min(1, left / d) : 0;
      return { point: lerp(points[i - 1], points[i], t), dir: d > 0 ? { x: (points[i].x - points[i - 1].x) / d, y: (points[i].y - points[i - 1].y) / d } : { x: 1, y: 0 } };
    }
    left -= d;
  }
  return { point: points[points.length - 1], dir: { x: 1, y: 0 } };
}

/** The fraction of the polyline's length nearest to `p`, and the signed distance to its left. */
export function projectOnto(points: readonly Point[], p: Point): { along: number; offset: number } {
  const total = polylineLength(points);
  if (points.length < 2 || total === 0) return { along: 0.5, offset: 0 };
  let best = { d: Infinity, along: 0.5, offset: 0 };
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const len = dist(a, b);
    if (len === 0) continue;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (len * len)));
    const q = lerp(a, b, t);
    const d = dist(p, q);
    if (d < best.d) {
      // Left of the direction of travel in screen coordinates (y down): the normal (dy, -dx).
      const nx = (b.y - a.y) / len;
      const ny = -(b.x - a.x) / len;
      best = { d, along: (walked + t * len) / total, offset: (p.x - q.x) * nx + (p.y - q.y) * ny };
    }
    walked += len;
  }
  return { along: best.along, offset: best.offset };
}

/** The point `offset` px to the left of the route at fraction `along` (the inverse of projectOnto). */
export function placeAt(points: readonly Point[], along: number, offset: number): Point {
  const { point, dir } = pointAlong(points, along);
  return { x: point.x + dir.y * offset, y: point.y - dir.x * offset };
}

/** Whether the segment a–b passes through the box's interior (shrunk by `inset`), sampled finely. */
export function segmentHitsBox(a: Point, b: Point, box: RouteBox, inset = 1): boolean {
  const steps = Math.max(2, Math.ceil(dist(a, b) / 2));
  for (let i = 0; i <= steps; i++) if (inside(box, lerp(a, b, i / steps), inset)) return true;
  return false;
}
