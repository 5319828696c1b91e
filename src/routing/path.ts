/**
 * A route's SVG path: a polyline for straight and orthogonal edges, a smooth curve through the
 * same points for curved edges (Catmull–Rom turned into cubic Béziers, so the curve passes through
 * every routed point and the user's bend points). The canvas draws this `d`, and the exports read
 * it back from the canvas, so every output shows the same line.
 */
import type { EdgeStyle, Point } from '../model/types';

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The cubic Bézier spans of the curve through `points`: tension 1/6 (uniform Catmull–Rom), end
 * tangents along the first and last segments. One definition for the drawn path and its samples.
 */
function spans(points: readonly Point[]): { p1: Point; c1: Point; c2: Point; p2: Point }[] {
  const out: { p1: Point; c1: Point; c2: Point; p2: Point }[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[Math.min(points.length - 1, i + 2)];
    out.push({ p1, c1: { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 }, c2: { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 }, p2 });
  }
  return out;
}

export function routePath(points: readonly Point[], style: EdgeStyle): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  if (style !== 'curved' || points.length < 3) return `M${r(first.x)},${r(first.y)}${rest.map((p) => ` L${r(p.x)},${r(p.y)}`).join('')}`;
  let d = `M${r(first.x)},${r(first.y)}`;
  // Tension 1/6 (uniform Catmull–Rom); the end tangents follow the first and last segments, so the
  // arrowhead keeps the direction the router chose into the node.
  for (const { c1, c2, p2 } of spans(points)) d += ` C${r(c1.x)},${r(c1.y)} ${r(c2.x)},${r(c2.y)} ${r(p2.x)},${r(p2.y)}`;
  return d;
}

/**
 * Points of the curve `routePath` draws for 'curved', sampled (8 per span), so label placement and
 * collision checks see the line as drawn; other styles are their own points.
 */
export function drawnPoints(points: readonly Point[], style: EdgeStyle): Point[] {
  if (style !== 'curved' || points.length < 3) return [...points];
  const out: Point[] = [points[0]];
  for (const { p1, c1, c2, p2 } of spans(points)) {
    for (let k = 1; k <= 8; k++) {
      const t = k / 8;
      const u = 1 - t;
      out.push({
        x: u * u * u * p1.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * p2.x,
        y: u * u * u * p1.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p2.y,
      });
    }
  }
  return out;
}
