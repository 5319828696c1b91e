/**
 * Turns raw routes (centre to centre, through the user's bend points) into the plan the canvas
 * draws: each route clipped to its nodes' outlines, then every label placed. Shared by the
 * obstacle router and the straight fallback, so both give the same kind of plan.
 */
import type { Point } from '../model/types';
import { centreOf, clipToEnds } from './geometry';
import { placeLabels, type LabelRequest } from './labels';
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
