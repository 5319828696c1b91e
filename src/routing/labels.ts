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

/**
 * A uniform grid of rectangles, so a candidate is checked only against its neighbours. Numeric
 * cell keys and a visit stamp instead of strings and Sets: the placer asks it tens of thousands of
 * times for a 500-node model, and this runs on the main thread for the straight fallback.
 */
class RectGrid {
  private cells = new Map<number, number[]>();
  readonly items: Rect[] = [];
  private stamp: number[] = [];
  private visit = 0;
  constructor(private cell = 160) {}
  private key = (gx: number, gy: number) => gx * 65_537 + gy;
  private span(r: Rect, each: (k: number) => void) {
    const x1 = Math.floor((r.x + r.width) / this.cell);
    const y1 = Math.floor((r.y + r.height) / this.cell);
    for (let gx = Math.floor(r.x / this.cell); gx <= x1; gx++) for (let gy = Math.floor(r.y / this.cell); gy <= y1; gy++) each(this.key(gx, gy));
  }
  private file(k: number, i: number) {
    const list = this.cells.get(k);
    if (!list) this.cells.set(k, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }
  add(r: Rect): number {
    const i = this.items.push(r) - 1;
    this.stamp.push(0);
    this.span(r, (k) => this.file(k, i));
    return i;
  }
  /** Files a segment under the cells it passes through (not its bounding box: long diagonals). */
  addSegment(a: Point, b: Point, r: Rect): number {
    const i = this.items.push(r) - 1;
    this.stamp.push(0);
    const steps = Math.max(1, Math.ceil(dist(a, b) / (this.cell / 2)));
    for (let s = 0; s <= steps; s++) {
      const x = a.x + ((b.x - a.x) * s) / steps;
      const y = a.y + ((b.y - a.y) * s) / steps;
      this.span({ x: x - 1, y: y - 1, width: 2, height: 2 }, (k) => this.file(k, i));
    }
    return i;
  }
  /** Calls `each` once for every item filed in a cell `r` touches. */
  near(r: Rect, each: (item: Rect, index: number) => void) {
    const v = ++this.visit;
    this.span(r, (k) => {
      const list = this.cells.get(k);
      if (!list) return;
      for (const i of list) {
        if (this.stamp[i] === v) continue;
        this.stamp[i] = v;
        each(this.items[i], i);
      }
    });
  }
}

/** Whether segment a–b meets the rectangle (Liang–Barsky clipping). */
export function segmentMeetsRect(a: Point, b: Point, r: Rect): boolean {
  // Quick rejects first; no allocation (called for every candidate against every nearby line).
  if (Math.max(a.x, b.x) < r.x || Math.min(a.x, b.x) > r.x + r.width || Math.max(a.y, b.y) < r.y || Math.min(a.y, b.y) > r.y + r.height) return false;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 <= t1;
  };
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return clip(-dx, a.x - r.x) && clip(dx, r.x + r.width - a.x) && clip(-dy, a.y - r.y) && clip(dy, r.y + r.height - a.y);
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
 * When none of the usual spots is clean (a dense figure, e.g. after the Organic layout), a finer
 * search: every 1/40 of the route, on the line and at growing distances beside it. Wanted less than
 * any usual spot, but a label a little away from its line beats a label on a node.
 */
function fallbackCandidates(points: readonly Point[], size: Size): Candidate[] {
  if (points.length < 2 || polylineLength(points) === 0) return [];
  const out: Candidate[] = [];
  for (let k = 1; k < 40; k++) {
    const a = k / 40;
    const { dir } = pointAlong(points, a);
    const side = (Math.abs(dir.x) > Math.abs(dir.y) ? size.height / 2 : size.width / 2) + 5;
    // Nearer the middle of the route first, then further out to the side.
    const order = 3 + Math.abs(a - 0.5);
    [0, side, -side, side + 14, -side - 14, side + 30, -side - 30, side + 50, -side - 50].forEach((offset, j) =>
      out.push({ p: placeAt(points, a, offset), penalty: order + j * 0.5 }),
    );
  }
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
  const owner: { id: string; a: Point; b: Point }[] = [];
  for (const q of requests)
    for (let i = 1; i < q.points.length; i++) {
      const a = q.points[i - 1];
      const b = q.points[i];
      owner[lines.addSegment(a, b, { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) })] = { id: q.id, a, b };
    }
  const lineHits = (id: string, r: Rect): number => {
    let n = 0;
    lines.near(r, (_seg, i) => {
      const o = owner[i];
      if (o.id !== id && segmentMeetsRect(o.a, o.b, r)) n++;
    });
    return n;
  };

  const cost = (r: Rect): number => {
    let c = 0;
    grid.near(r, (b) => (c += overlapArea(r, b)));
    placed.near(r, (b) => (c += overlapArea(r, b) * 2));
    groups.near(r, (g) => {
      if (overlapArea(r, g) === 0) return;
      if (!contains(g, r)) c += overlapArea(r, g) * 0.5 + 1;
      else c += overlapArea(r, { x: g.x, y: g.y, width: g.width, height: GROUP_TITLE });
    });
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
    const consider = (list: readonly Candidate[]) => {
      for (const { p, penalty } of list) {
        const r = labelRect(p, q.size, LABEL_MARGIN);
        const hard = cost(r);
        const c = hard > 0 ? 1e9 + hard : lineHits(q.id, r) + penalty;
        if (!best || c < best.c) best = { p, c };
        if (c === 0) break;
      }
    };
    consider(candidates(q.points, q.size));
    if (best && best.c >= 1e9) consider(fallbackCandidates(q.points, q.size));
    if (!best) continue;
    out.set(q.id, best.p);
    placed.add(labelRect(best.p, q.size, LABEL_MARGIN));
  }
  return out;
}
