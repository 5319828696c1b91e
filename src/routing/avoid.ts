/**
 * The obstacle router: libavoid (Inkscape's and Dunnart's router, compiled to WASM by libavoid-js).
 * Given a loaded `Avoid` instance, it routes every edge centre to centre around the node boxes;
 * plan.ts then clips the routes to the outlines and places labels. Runs in the worker
 * (router.worker.ts) and, in tests and the benchmark, in Node.
 *
 * Groups: a group box is an obstacle only for edges with neither end inside it or on it. libavoid
 * has one set of obstacles per router, so all edges are first routed together around the element
 * boxes (nudged apart from one another, `idealNudgingDistance`); only the routes that then cross a
 * group they have no end in are routed again, grouped by the groups they may enter, each group
 * with its own router in which the other groups are obstacles.
 *
 * Bend points: libavoid-js binds no checkpoint setter, so an edge with bends is routed as a chain
 * of connectors end → bend → … → end through free points, joined afterwards.
 *
 * Memory: the router owns its shapes, pins and connectors, and frees them when destroyed; the
 * points and rectangles made here are copied into them and destroyed right after.
 */
import type { Avoid, AvoidConnEnd, AvoidConnRef, AvoidPoint, AvoidRouter, AvoidShapeRef } from 'libavoid-js';
import type { EdgeStyle, Point } from '../model/types';
import { centreOf, END_GAP, segmentHitsBox } from './geometry';
import { INSET, pinsFor, type Pin } from './pins';
import type { RouteBox, RouteInput } from './types';

/** Clear space between a route and every node it passes (px). */
export const SHAPE_BUFFER = 12;
/** Distance between nudged parallel segments (px). */
export const NUDGE = 9;
const PIN_CLASS = 1;

export class RouteTimeout extends Error {}

/** Groups an edge may cross: every group containing one of its ends, and an end that is a group. */
function exemptGroups(boxes: ReadonlyMap<string, RouteBox>, id: string): string[] {
  const out: string[] = [];
  let cur = boxes.get(id);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    if (cur.group) out.push(cur.id);
    cur = cur.parent !== undefined ? boxes.get(cur.parent) : undefined;
  }
  return out;
}

/** The point just outside a group's border nearest to `toward` (a group end attaches there). */
function groupAnchor(g: RouteBox, toward: Point): Point {
  const cx = Math.max(g.x, Math.min(g.x + g.width, toward.x));
  const cy = Math.max(g.y, Math.min(g.y + g.height, toward.y));
  const inside = cx > g.x && cx < g.x + g.width && cy > g.y && cy < g.y + g.height;
  if (!inside) {
    // `toward` is outside: the nearest border point, pushed out by the gap.
    const dx = toward.x < g.x ? -END_GAP : toward.x > g.x + g.width ? END_GAP : 0;
    const dy = toward.y < g.y ? -END_GAP : toward.y > g.y + g.height ? END_GAP : 0;
    return { x: cx + dx, y: cy + dy };
  }
  return { x: g.x + g.width / 2, y: g.y - END_GAP }; // from inside its own group: the top edge
}

export function routeWithAvoid(Avoid: Avoid, input: RouteInput, deadlineAt = Infinity): Map<string, Point[]> {
  const boxes = new Map(input.nodes.map((n) => [n.id, n] as const));
  const edges = input.edges.filter((e) => e.source !== e.target && boxes.has(e.source) && boxes.has(e.target));
  const exemptOf = new Map(edges.map((e) => [e.id, new Set([...exemptGroups(boxes, e.source), ...exemptGroups(boxes, e.target)])] as const));
  const groups = input.nodes.filter((n) => n.group);
  const out = new Map<string, Point[]>();
  // Pass 1: every edge in one router with the elements as obstacles, so all of them are nudged
  // apart from one another. Most routes never enter a group they have no end in.
  routeSet(Avoid, input.style, input.nodes.filter((n) => !n.group), titlesOf(groups), boxes, edges, out);
  // Pass 2: the routes that did cross such a group again, in routers where those groups are
  // obstacles (one per set of groups the edges may enter).
  const partitions = new Map<string, { exempt: Set<string>; edges: RouteInput['edges'] }>();
  for (const e of edges) {
    const exempt = exemptOf.get(e.id) as Set<string>;
    const route = out.get(e.id);
    if (route && !groups.some((g) => !exempt.has(g.id) && crosses(route, g))) continue;
    const key = [...exempt].sort().join('\u0000');
    const part = partitions.get(key);
    if (part) part.edges.push(e);
    else partitions.set(key, { exempt, edges: [e] });
  }
  for (const { exempt, edges: part } of partitions.values()) {
    if (performance.now() > deadlineAt) throw new RouteTimeout('routing ran out of time');
    // An obstacle group hides what is inside it: libavoid's orthogonal router mishandles shapes
    // inside shapes (measured: a route ran through a group that held two nodes).
    const blocking = groups.filter((g) => !exempt.has(g.id));
    const within = (n: RouteBox) => blocking.some((g) => g.id !== n.id && isWithin(boxes, n, g.id));
    routeSet(Avoid, input.style, input.nodes.filter((n) => (!n.group || !exempt.has(n.id)) && !within(n)), titlesOf(groups.filter((g) => exempt.has(g.id) && !within(g))), boxes, part, out);
  }
  return out;
}

/** Group titles as plain obstacles (no pins): a route into a group goes beside its title, not through it. */
function titlesOf(groups: readonly RouteBox[]): NonNullable<RouteBox['title']>[] {
  return groups.flatMap((g) => (g.title ? [g.title] : []));
}

function dirOf(Avoid: Avoid, pin: Pin): number {
  switch (pin.side) {
    case 'top': return Avoid.ConnDirUp;
    case 'bottom': return Avoid.ConnDirDown;
    case 'left': return Avoid.ConnDirLeft;
    case 'right': return Avoid.ConnDirRight;
    default: return Avoid.ConnDirAll;
  }
}

function isWithin(boxes: ReadonlyMap<string, RouteBox>, n: RouteBox, group: string): boolean {
  const seen = new Set<string>();
  let cur: RouteBox | undefined = n;
  while (cur?.parent !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    if (cur.parent === group) return true;
    cur = boxes.get(cur.parent);
  }
  return false;
}

/** Whether the route enters the group's box (its border may be touched, not crossed). */
function crosses(route: readonly Point[], g: RouteBox): boolean {
  for (let i = 1; i < route.length; i++) if (segmentHitsBox(route[i - 1], route[i], g, 0.5)) return true;
  return false;
}

function routeSet(
  Avoid: Avoid,
  style: EdgeStyle,
  obstacles: readonly RouteBox[],
  titles: readonly NonNullable<RouteBox['title']>[],
  boxes: ReadonlyMap<string, RouteBox>,
  edges: RouteInput['edges'],
  out: Map<string, Point[]>,
) {
  const router: AvoidRouter = new Avoid.Router(style === 'orthogonal' ? Avoid.OrthogonalRouting : Avoid.PolyLineRouting);
  try {
    router.setRoutingParameter(Avoid.shapeBufferDistance, SHAPE_BUFFER);
    router.setRoutingParameter(Avoid.idealNudgingDistance, NUDGE);
    // Fewer elbows read better in a figure (research notes: 50 gives visibly calmer routes).
    router.setRoutingParameter(Avoid.segmentPenalty, 50);
    router.setRoutingOption(Avoid.nudgeOrthogonalSegmentsConnectedToShapes, true);
    router.setRoutingOption(Avoid.nudgeSharedPathsWithCommonEndPoint, true);

    const temp: object[] = [];
    const point = (p: Point): AvoidPoint => {
      const made = new Avoid.Point(p.x, p.y);
      temp.push(made);
      return made;
    };
    const degree = new Map<string, number>();
    for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const shapes = new Map<string, AvoidShapeRef>();
    for (const n of obstacles) {
      const rect = new Avoid.Rectangle(point({ x: n.x, y: n.y }), point({ x: n.x + n.width, y: n.y + n.height }));
      temp.push(rect);
      const shape = new Avoid.ShapeRef(router, rect);
      for (const pin of pinsFor(n, degree.get(n.id) ?? 0, style)) new Avoid.ShapeConnectionPin(shape, PIN_CLASS, pin.x, pin.y, true, pin.side === 'all' ? 0 : INSET, dirOf(Avoid, pin));
      shapes.set(n.id, shape);
    }
    for (const t of titles) {
      const rect = new Avoid.Rectangle(point({ x: t.x, y: t.y }), point({ x: t.x + t.width, y: t.y + t.height }));
      temp.push(rect);
      new Avoid.ShapeRef(router, rect);
    }
    const end = (id: string, toward: Point): AvoidConnEnd => {
      const box = boxes.get(id) as RouteBox;
      const shape = shapes.get(id);
      const made = shape && !box.group ? new Avoid.ConnEnd(shape, PIN_CLASS) : new Avoid.ConnEnd(point(groupAnchor(box, toward)));
      temp.push(made);
      return made;
    };
    const chains: { id: string; conns: AvoidConnRef[] }[] = [];
    for (const e of edges) {
      const s = boxes.get(e.source) as RouteBox;
      const t = boxes.get(e.target) as RouteBox;
      const bends = e.bends ?? [];
      const stops: AvoidConnEnd[] = [end(e.source, bends[0] ?? centreOf(t)), ...bends.map((b) => {
        const made = new Avoid.ConnEnd(point(b));
        temp.push(made);
        return made;
      }), end(e.target, bends[bends.length - 1] ?? centreOf(s))];
      const conns: AvoidConnRef[] = [];
      for (let i = 0; i < stops.length - 1; i++) conns.push(new Avoid.ConnRef(router, stops[i], stops[i + 1]));
      chains.push({ id: e.id, conns });
    }
    router.processTransaction();
    for (const { id, conns } of chains) {
      const pts: Point[] = [];
      for (const c of conns) {
        const route = c.displayRoute();
        for (let i = 0; i < route.size(); i++) {
          const p = route.get_ps(i);
          if (i === 0 && pts.length > 0) continue; // the bend point both halves share
          pts.push({ x: p.x, y: p.y });
        }
      }
      if (pts.length >= 2 && pts.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) out.set(id, pts);
    }
    for (const o of temp) Avoid.destroy(o);
  } finally {
    Avoid.destroy(router);
  }
}
