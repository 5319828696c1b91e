/**
 * Keeps the previous plan's Route objects where a new plan has the same route, so the canvas
 * redraws only the edges whose line or label really moved (each edge selects its own route by
 * identity). A plan from the worker is a structured clone: without this every edge would redraw.
 */
import type { Route, RoutePlan } from './types';

const same = (a: Route, b: Route) =>
  a.points.length === b.points.length &&
  a.points.every((p, i) => p.x === b.points[i].x && p.y === b.points[i].y) &&
  (a.label === b.label || (!!a.label && !!b.label && a.label.x === b.label.x && a.label.y === b.label.y));

export function reuseRoutes(previous: RoutePlan | undefined, next: RoutePlan): RoutePlan {
  if (!previous || previous.style !== next.style) return next;
  const routes = new Map<string, Route>();
  for (const [id, route] of next.routes) {
    const old = previous.routes.get(id);
    routes.set(id, old && same(old, route) ? old : route);
  }
  return { ...next, routes };
}
