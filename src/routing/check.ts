/**
 * The figure's quality rules for a route plan, as numbers (issue 10, "Done when"): route segments
 * through a node that is not one of their ends (groups count only for edges with neither end in
 * them) or through a group's title, and labels overlapping a node or another label. Used by tests and the benchmark.
 */
import type { Point } from '../model/types';
import { segmentHitsBox } from './geometry';
import { labelRect, type Rect } from './labels';
import { drawnPoints } from './path';
import type { RouteBox, RouteInput, RoutePlan } from './types';

export type RouteProblem =
  | { kind: 'through-node'; edge: string; node: string }
  | { kind: 'through-title'; edge: string; group: string }
  | { kind: 'label-on-node'; edge: string; node: string }
  | { kind: 'label-on-label'; edge: string; other: string };

const overlaps = (a: Rect, b: Rect, tol = 0.5) =>
  a.x + tol < b.x + b.width && b.x + tol < a.x + a.width && a.y + tol < b.y + b.height && b.y + tol < a.y + a.height;

function ancestorsAndSelf(boxes: ReadonlyMap<string, RouteBox>, id: string): Set<string> {
  const out = new Set<string>();
  let cur = boxes.get(id);
  while (cur && !out.has(cur.id)) {
    out.add(cur.id);
    cur = cur.parent !== undefined ? boxes.get(cur.parent) : undefined;
  }
  return out;
}

export function routeProblems(input: RouteInput, plan: RoutePlan): RouteProblem[] {
  const boxes = new Map(input.nodes.map((n) => [n.id, n] as const));
  const problems: RouteProblem[] = [];
  const labels: { edge: string; rect: Rect }[] = [];
  for (const e of input.edges) {
    const route = plan.routes.get(e.id);
    if (!route) continue;
    const pts: Point[] = drawnPoints(route.points, plan.style);
    const mine = new Set([...ancestorsAndSelf(boxes, e.source), ...ancestorsAndSelf(boxes, e.target)]);
    for (const n of input.nodes) {
      if (mine.has(n.id)) continue;
      for (let i = 1; i < pts.length; i++) {
        // Group borders: crossing counts; an element: any point inside (1 px inset for rounding).
        if (segmentHitsBox(pts[i - 1], pts[i], n, n.group ? 0 : 1)) {
          problems.push({ kind: 'through-node', edge: e.id, node: n.id });
          break;
        }
      }
    }
    if (route.label && e.label) labels.push({ edge: e.id, rect: labelRect(route.label, e.label) });
  }
  problems.push(...titleCrossings(input, plan));
  for (const [i, l] of labels.entries()) {
    for (const n of input.nodes) if (!n.group && overlaps(l.rect, n)) problems.push({ kind: 'label-on-node', edge: l.edge, node: n.id });
    for (const m of labels.slice(i + 1)) if (overlaps(l.rect, m.rect)) problems.push({ kind: 'label-on-label', edge: l.edge, other: m.edge });
  }
  return problems;
}

/**
 * Routes through a group's title (never allowed, not even for an edge into that group). Only
 * edges × groups, so it is cheap enough for the main thread on a large plan.
 */
export function titleCrossings(input: RouteInput, plan: RoutePlan): RouteProblem[] {
  const titled = input.nodes.filter((n) => n.title);
  if (titled.length === 0) return [];
  const out: RouteProblem[] = [];
  for (const e of input.edges) {
    const route = plan.routes.get(e.id);
    if (!route) continue;
    const pts = drawnPoints(route.points, plan.style);
    for (const g of titled) {
      const box = { id: g.id, ...g.title! };
      for (let i = 1; i < pts.length; i++) {
        if (segmentHitsBox(pts[i - 1], pts[i], box, 1)) {
          out.push({ kind: 'through-title', edge: e.id, group: g.id });
          break;
        }
      }
    }
  }
  return out;
}
