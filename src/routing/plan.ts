/**
 * Turns raw routes (centre to centre, through the user's bend points) into the plan the canvas
 * draws: each route clipped to its nodes' outlines, then every label placed. Shared by the
 * obstacle router and the straight fallback, so both give the same kind of plan.
 */
import type { Point } from '../model/types';
import { centreOf, clipToEnds, projectOnto } from './geometry';
import { LABEL_MARGIN, labelRect, placeLabels, type LabelRequest } from './labels';
import { drawnPoints } from './path';
import type { RouteBox, RouteInput, RoutePlan, RouteSource, Route } from './types';

/** A connector to its own node: a small loop over the top-right corner (routers can't do those). */
export function selfLoop(b: RouteBox): Point[] {
  const k = 28;
  return [
    { x: b.x + b.width * 0.75, y: b.y - 2 },
    { x: b.x + b.width * 0.75, y: b.y - k },
    { x: b.x + b.width + k, y: b.y - k },
    { x: b.x + b.width + k, y: b.y + b.height * 0.25 },
    { x: b.x + b.width + 2, y: b.y + b.height * 0.25 },
  ];
}

export function finishPlan(input: RouteInput, raw: ReadonlyMap<string, readonly Point[]>, source: RouteSource): RoutePlan {
  const boxes = new Map(input.nodes.map((n) => [n.id, n] as const));
  const routes = new Map<string, Route>();
  const requests: LabelRequest[] = [];
  for (const e of input.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t) continue;
    let points: Point[];
    if (e.source === e.target) points = selfLoop(s);
    else {
      const r = raw.get(e.id);
      const through = r && r.length >= 2 ? r : [centreOf(s), ...(e.bends ?? []), centreOf(t)];
      points = clipToEnds(through, s, t);
    }
    if (points.length < 2) continue;
    routes.set(e.id, { points });
    if (e.label) requests.push({ id: e.id, points: drawnPoints(points, input.style), size: e.label, ...(e.label.at ? { at: e.label.at } : {}) });
  }
  for (const [id, label] of placeLabels(requests, input.nodes)) {
    const r = routes.get(id);
    if (r) routes.set(id, { ...r, label });
  }
  return { style: input.style, source, routes };
}

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
/** Height of a group's title band, which labels keep off (as the placer does). */
const GROUP_TITLE = 34;

function labelClear(r: Rect, nodes: readonly RouteBox[], kept: readonly Rect[]): boolean {
  for (const n of nodes) {
    if (!overlaps(r, n)) continue;
    if (!n.group || !within(n, r) || overlaps(r, { x: n.x, y: n.y, width: n.width, height: GROUP_TITLE })) return false;
  }
  return !kept.some((k) => overlaps(r, k));
}

/**
 * ELK places the labels of the edges it routes (issue 10), but not every label of its plan comes
 * from ELK: the Figure preset routes actor→actor edges beside the column itself, and in a crowded
 * spot a label can still touch a node. This keeps each label of the plan that collides with no node
 * and no kept label, and places the others with the greedy placer, around the kept ones. Routes are
 * unchanged.
 */
export function settleLabels(plan: RoutePlan, input: RouteInput): RoutePlan {
  const requests: LabelRequest[] = [];
  const kept: Rect[] = [];
  for (const e of input.edges) {
    const route = plan.routes.get(e.id);
    if (!route || !e.label) continue;
    const points = drawnPoints(route.points, plan.style);
    const size = { width: e.label.width, height: e.label.height };
    let at = e.label.at;
    if (!at && route.label) {
      const r = labelRect(route.label, size, LABEL_MARGIN);
      if (labelClear(r, input.nodes, kept)) {
        kept.push(r);
        at = projectOnto(points, route.label);
      }
    }
    requests.push({ id: e.id, points, size, ...(at ? { at } : {}) });
  }
  const routes = new Map(plan.routes);
  for (const [id, label] of placeLabels(requests, input.nodes)) {
    const r = routes.get(id);
    if (r) routes.set(id, { ...r, label });
  }
  return { ...plan, routes };
}
