/**
 * Edge-label placement (issue 10 §3): a greedy placer, as the research notes recommend (no
 * maintained JS library does this). Each label tries candidate spots along its route — the middle
 * of the longest segment, then the route's middle, ⅓ and ⅔, then further out — each on the line
 * and then beside it; a spot is scored against every node box and every label placed so far, and
 * the best clean one wins (if none is clean, the least bad). Among clean spots, fewer other edges'
 * lines under the label and a spot on (rather than beside) its own line win. A user's `labelAt` is
 * kept as given, and placed first so automatic labels keep out of its way.
 */
import type { LabelPlacement, Point, Size } from '../model/types';
import { dist, placeAt, pointAlong, polylineLength } from './geometry';
import type { RouteBox } from './types';

export type Rect = { x: number; y: number; width: number; height: number };

export type LabelRequest = {
  id: string;
  /** The route as drawn (curves sampled), source to target. */
  points: readonly Point[];
  size: Size;
  at?: LabelPlacement;
};

/** Clear space kept around a label, px. */
export const LABEL_MARGIN = 3;
/** Height of a group's title band, which labels keep off (the title sits there). */
const GROUP_TITLE = 34;

const overlapArea = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

export const labelRect = (centre: Point, size: Size, margin = 0): Rect => ({
  x: centre.x - size.width / 2 - margin,
  y: centre.y - size.height / 2 - margin,
  width: size.width + 2 * margin,
  height: size.height + 2 * margin,
});

/** A uniform grid of rectangles, so a candidate is checked only against its neighbours. */
class RectGrid {
  private cells = new Map<string, Rect[]>();
  constructor(private cell = 160) {}
  private keys(r: Rect): string[] {
    const out: string[] = [];
    for (let gx = Math.floor(r.x / this.cell); gx <= Math.floor((r.x + r.width) / this.cell); gx++)
      for (let gy = Math.floor(r.y / this.cell); gy <= Math.floor((r.y + r.height) / this.cell); gy++) out.push(`${gx},${gy}`);
    return out;
  }
  add(r: Rect) {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    }
  }
  near(r: Rect): Set<Rect> {
    const out = new Set<Rect>();
    for (const k of this.keys(r)) for (const x of this.cells.get(k) ?? []) out.add(x);
    return out;
  }
}

/** Whether segment a–b meets the rectangle (Liang–Barsky clipping). */
export function segmentMeetsRect(a: Point, b: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.width - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** A candidate spot and how much less it is wanted: on the line 0, beside it more, far beside it most. */
type Candidate = { p: Point; penalty: number };

function candidates(points: readonly Point[], size: Size): Candidate[] {
  const total = polylineLength(points);
  if (points.length < 2 || total === 0) return points.length ? [{ p: points[0], penalty: 0 }] : [];
  // The longest segment's middle first: the calmest stretch of the line.
  let best = 0;
  let walked = 0;
  let longestAlong = 0.5;
  for (let i = 1; i < points.length; i++) {
    const d = dist(points[i - 1], points[i]);
    if (d > best) {
      best = d;
      longestAlong = (walked + d / 2) / total;
    }
    walked += d;
  }
  const alongs = [longestAlong, 0.5, 1 / 3, 2 / 3, 0.25, 0.75, 0.4, 0.6, 0.18, 0.82, 0.1, 0.9];
  const out: Candidate[] = [];
  alongs.forEach((a, i) => {
    const { point, dir } = pointAlong(points, a);
    const order = i * 0.01; // earlier spots win ties
    out.push({ p: point, penalty: order });
    // Beside the line: just clear of it, on either side; then a little further out.
    const side = (Math.abs(dir.x) > Math.abs(dir.y) ? size.height / 2 : size.width / 2) + 5;
    out.push({ p: placeAt(points, a, side), penalty: 0.6 + order }, { p: placeAt(points, a, -side), penalty: 0.6 + order });
    out.push({ p: placeAt(points, a, side + 14), penalty: 1.6 + order }, { p: placeAt(points, a, -side - 14), penalty: 1.6 + order });
  });
  return out;
}

/**
 * Places every label; returns each label's centre by edge id. `nodes` are all node boxes: element
 * boxes are forbidden ground, group boxes only at their title band and across their border.
 */
export function placeLabels(requests: readonly LabelRequest[], nodes: readonly RouteBox[]): Map<string, Point> {
  const grid = new RectGrid();
  const groups = new RectGrid();
  for (const n of nodes) (n.group ? groups : grid).add({ x: n.x, y: n.y, width: n.width, height: n.height });
  const placed = new RectGrid();
  const out = new Map<string, Point>();
  // Other edges' lines: a label may cross them (it has a white box), but a spot clear of them reads better.
  const lines = new RectGrid();
  const owner = new Map<Rect, { id: string; a: Point; b: Point }>();
  for (const q of requests)
    for (let i = 1; i < q.points.length; i++) {
      const a = q.points[i - 1];
      const b = q.points[i];
      const r = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
      lines.add(r);
      owner.set(r, { id: q.id, a, b });
    }
  const lineHits = (id: string, r: Rect): number => {
    let n = 0;
    for (const seg of lines.near(r)) {
      const o = owner.get(seg);
      if (o && o.id !== id && segmentMeetsRect(o.a, o.b, r)) n++;
    }
    return n;
  };

  const cost = (r: Rect): number => {
    let c = 0;
    for (const b of grid.near(r)) c += overlapArea(r, b);
    for (const b of placed.near(r)) c += overlapArea(r, b) * 2;
    for (const g of groups.near(r)) {
      if (overlapArea(r, g) === 0) continue;
      if (!contains(g, r)) c += overlapArea(r, g) * 0.5 + 1;
      else c += overlapArea(r, { x: g.x, y: g.y, width: g.width, height: GROUP_TITLE });
    }
    return c;
  };

  const fixed = requests.filter((q) => q.at);
  // Short routes have the fewest spots, so they choose first.
  const auto = requests.filter((q) => !q.at).sort((a, b) => polylineLength(a.points) - polylineLength(b.points));
  for (const q of fixed) {
    const at = q.at as LabelPlacement;
    const centre = placeAt(q.points, at.along, at.offset);
    out.set(q.id, centre);
    placed.add(labelRect(centre, q.size, LABEL_MARGIN));
  }
  for (const q of auto) {
    // Nodes and labels are hard rules; other edges' lines only break ties between clean spots.
    let best: { p: Point; c: number } | undefined;
    for (const { p, penalty } of candidates(q.points, q.size)) {
      const r = labelRect(p, q.size, LABEL_MARGIN);
      const hard = cost(r);
      const c = hard > 0 ? 1e9 + hard : lineHits(q.id, r) + penalty;
      if (!best || c < best.c) best = { p, c };
      if (c === 0) break;
    }
    if (!best) continue;
    out.set(q.id, best.p);
    placed.add(labelRect(best.p, q.size, LABEL_MARGIN));
  }
  return out;
}
