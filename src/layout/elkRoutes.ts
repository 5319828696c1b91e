/**
 * ELK's own edge routes after a layered layout (issue 10, item 4; anchors-turn2.md §1–2): elkjs
 * cannot route around fixed nodes, but right after it placed them, its routes and label positions
 * are the best there are (0 label overlaps in the measurements), so the canvas draws exactly these.
 *
 * Coordinates: an edge's sections and labels are relative to the edge's `container` (the node ELK
 * reports it in; elkjs default `elk.json.edgeCoords` INHERIT → CONTAINER), so each is offset by
 * that node's absolute position. Splines come as piecewise cubic Béziers (start, then three points
 * per piece); the Route contract wants points the curve passes through, so they are sampled.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Point } from '../model/types';
import type { Route } from '../routing/types';

/** Points per Bézier piece when a spline is sampled (the canvas smooths between them). */
const SPLINE_SAMPLES = 8;

/** Absolute top-left of every node in an ELK result, by id (root's children relative to the root at 0,0). */
export function absoluteOrigins(result: ElkNode): Map<string, Point> {
  const out = new Map<string, Point>([[result.id, { x: 0, y: 0 }]]);
  const visit = (node: ElkNode, ox: number, oy: number) => {
    for (const c of node.children ?? []) {
      const at = { x: ox + (c.x ?? 0), y: oy + (c.y ?? 0) };
      out.set(c.id, at);
      visit(c, at.x, at.y);
    }
  };
  visit(result, 0, 0);
  return out;
}

function allEdges(node: ElkNode, out: ElkExtendedEdge[] = []): ElkExtendedEdge[] {
  out.push(...(node.edges ?? []));
  for (const c of node.children ?? []) allEdges(c, out);
  return out;
}

const cubic = (a: Point, b: Point, c: Point, d: Point, t: number): Point => {
  const u = 1 - t;
  return {
    x: u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
    y: u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y,
  };
};

/** Points on ELK's spline: start, then SPLINE_SAMPLES per cubic piece. Not a whole number of pieces → as given. */
export function sampleSpline(points: readonly Point[]): Point[] {
  if (points.length < 4 || (points.length - 1) % 3 !== 0) return [...points];
  const out: Point[] = [points[0]];
  for (let i = 0; i + 3 < points.length; i += 3) {
    for (let k = 1; k <= SPLINE_SAMPLES; k++) out.push(cubic(points[i], points[i + 1], points[i + 2], points[i + 3], k / SPLINE_SAMPLES));
  }
  return out;
}

/** Drops repeated points and middle points of straight runs (ELK emits many on long edges). */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2];
      const b = last!;
      const cross = (b.x - a.x) * (p.y - b.y) - (b.y - a.y) * (p.x - b.x);
      const forward = (b.x - a.x) * (p.x - b.x) + (b.y - a.y) * (p.y - b.y) >= 0;
      if (Math.abs(cross) < 0.01 && forward) out.pop();
    }
    out.push(p);
  }
  return out;
}

/**
 * Routes of the edges in an ELK result, in the result's root coordinates. `map` adjusts a point
 * after the fact (the partition gates' collapse, gates.ts). Edges without sections are left out.
 */
export function elkRoutes(result: ElkNode, curved: boolean, map: (p: Point) => Point = (p) => p): Map<string, Route> {
  const origins = absoluteOrigins(result);
  const routes = new Map<string, Route>();
  for (const e of allEdges(result)) {
    const sections = e.sections ?? [];
    if (sections.length === 0) continue;
    const o = origins.get((e as { container?: string }).container ?? result.id) ?? { x: 0, y: 0 };
    const abs = (p: { x: number; y: number }): Point => map({ x: o.x + p.x, y: o.y + p.y });
    let raw: Point[] = [];
    for (const s of sections) {
      const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map(abs);
      raw = raw.concat(raw.length > 0 ? pts.slice(1) : pts);
    }
    const points = curved ? sampleSpline(raw) : simplify(raw);
    if (!points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)) || points.length < 2) continue;
    const label = e.labels?.[0];
    const route: Route = { points };
    // A label ELK did not place (no text: a large graph, toElk.ts) has no position to keep.
    if (label && label.text && label.x !== undefined && label.y !== undefined) {
      const c = abs({ x: label.x + (label.width ?? 0) / 2, y: label.y + (label.height ?? 0) / 2 });
      if (Number.isFinite(c.x) && Number.isFinite(c.y)) route.label = c;
    }
    routes.set(e.id, route);
  }
  return routes;
}
