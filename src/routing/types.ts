/**
 * The edge router's contract (issue 10), like the layout kernel's: data in (`RouteInput`), data
 * out (`RoutePlan`); nothing here touches the store or React Flow. Routes are derived from the
 * positions and never saved; the user's own bend points and label positions are in the document
 * (`ModelEdge.bends`, `ModelEdge.labelAt`) and come in as input.
 *
 * All coordinates are absolute flow coordinates (1 unit = 1 CSS px at 100 % zoom).
 */
import type { EdgeStyle, LabelPlacement, Point } from '../model/types';

export type RouteBox = {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  ellipse?: boolean;
  /** A group box: an obstacle only for edges with no end inside it (or on it). */
  group?: boolean;
  /** The containing group's id, if any. */
  parent?: string;
  /** A group's title text (absolute box): no route runs through it, even one into the group. */
  title?: { x: number; y: number; width: number; height: number };
};

export type RouteEdgeInput = {
  id: string;
  source: string;
  target: string;
  /** The user's bend points, source to target; the route passes through each. */
  bends?: Point[];
  /** The label's measured box, and where the user put it (absent: placed automatically). */
  label?: { width: number; height: number; at?: LabelPlacement };
};

export type RouteInput = { style: EdgeStyle; nodes: RouteBox[]; edges: RouteEdgeInput[] };

export type Route = {
  /**
   * The route's points, first on the source's outline, last on the target's outline. Straight and
   * orthogonal styles draw a polyline through them; `curved` draws a smooth curve through them.
   */
  points: Point[];
  /** Centre of the edge's label, where it collides with no node and no other label. */
  label?: Point;
};

/** Who computed a plan: the obstacle router, ELK (after Auto layout), or the straight fallback. */
export type RouteSource = 'router' | 'elk' | 'straight';

export type RoutePlan = { style: EdgeStyle; source: RouteSource; routes: ReadonlyMap<string, Route> };
