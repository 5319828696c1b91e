/**
 * Routes for the edges the Figure preset keeps out of ELK (toElk.ts `isInBand`: actor → actor,
 * both ends in one band, so one column). ELK never saw them, so they are routed here, along the
 * column: two neighbours in the column are joined by a straight segment across the gap between
 * them; an edge that would pass another node of the column goes out to the side facing away from
 * the previous band and runs beside the column (a "bracket"), one lane per edge, the longest
 * outermost so brackets nest instead of crossing.
 */
import type { LayoutDirection, Point } from '../model/types';
import type { Route } from '../routing/types';

export type Box = { x: number; y: number; width: number; height: number };

/** Room between the column and its first bracket lane, and between lanes (px). */
const LANE_GAP = 18;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

type Frame = { along: (b: Box) => [number, number]; across: (b: Box) => [number, number]; point: (along: number, across: number) => Point };

/** Column geometry in "along the column" / "across the column" terms, for either direction. */
function frameOf(direction: LayoutDirection): Frame {
  // RIGHT: bands are columns, so the column runs down (y) and brackets stand out in x; DOWN: transposed.
  return direction === 'RIGHT'
    ? { along: (b) => [b.y, b.y + b.height], across: (b) => [b.x, b.x + b.width], point: (a, c) => ({ x: c, y: a }) }
    : { along: (b) => [b.x, b.x + b.width], across: (b) => [b.y, b.y + b.height], point: (a, c) => ({ x: a, y: c }) };
}

/**
 * `edges`: [id, source, target] of the in-band edges; `boxes`: absolute boxes of every top-level
 * node by id (obstacles, and the ends). Returns a route per edge whose ends are known.
 */
export function columnRoutes(
  edges: readonly { id: string; source: string; target: string; label?: { width: number; height: number } }[],
  boxes: ReadonlyMap<string, Box>,
  direction: LayoutDirection,
): Map<string, Route> {
  const f = frameOf(direction);
  const routes = new Map<string, Route>();
  const brackets: { id: string; s: Box; t: Box; span: number; label?: { width: number; height: number } }[] = [];
  for (const e of edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t) continue;
    const [s0, s1] = f.along(s);
    const [t0, t1] = f.along(t);
    const [sa, sb] = f.across(s);
    const [ta, tb] = f.across(t);
    const lo = Math.max(sa, ta);
    const hi = Math.min(sb, tb);
    const down = s0 < t0;
    const from = down ? s1 : s0;
    const to = down ? t0 : t1;
    if (hi - lo > 8 && Math.abs(to - from) > 0) {
      // A straight segment across the gap, if no other box lies on it.
      const c = (lo + hi) / 2;
      const seg: Box = direction === 'RIGHT' ? { x: c - 1, y: Math.min(from, to), width: 2, height: Math.abs(to - from) } : { x: Math.min(from, to), y: c - 1, width: Math.abs(to - from), height: 2 };
      const blocked = [...boxes].some(([id, b]) => id !== e.source && id !== e.target && overlaps(seg, b));
      if (!blocked) {
        routes.set(e.id, { points: [f.point(from, c), f.point(to, c)], ...(e.label ? { label: f.point((from + to) / 2, c) } : {}) });
        continue;
      }
    }
    brackets.push({ id: e.id, s, t, span: Math.abs((t0 + t1) / 2 - (s0 + s1) / 2), ...(e.label ? { label: e.label } : {}) });
  }
  // Brackets stand on the far side of the column (after it along the flow): the side the previous
  // band's edges do not come from. Shorter spans are inner lanes.
  brackets.sort((a, b) => a.span - b.span);
  let laneEdge = -Infinity;
  for (const b of brackets) {
    const [s0, s1] = f.along(b.s);
    const [t0, t1] = f.along(b.t);
    const lo = Math.min(s0, t0);
    const hi = Math.max(s1, t1);
    // The column's far side between the two ends: every box overlapping that stretch of the column.
    const column = [...boxes.values()].filter((x) => {
      const [a0, a1] = f.along(x);
      const [c0, c1] = f.across(x);
      const [sa, sb] = f.across(b.s);
      return a0 < hi && a1 > lo && c0 < sb && c1 > sa;
    });
    const side = Math.max(...column.map((x) => f.across(x)[1]));
    const lane = Math.max(side + LANE_GAP, laneEdge + LANE_GAP);
    laneEdge = lane + (b.label ? (direction === 'RIGHT' ? b.label.width : b.label.height) / 2 : 0);
    const sMid = (s0 + s1) / 2;
    const tMid = (t0 + t1) / 2;
    const sOut = f.across(b.s)[1];
    const tOut = f.across(b.t)[1];
    const points = [f.point(sMid, sOut), f.point(sMid, lane), f.point(tMid, lane), f.point(tMid, tOut)];
    routes.set(b.id, { points, ...(b.label ? { label: f.point((sMid + tMid) / 2, lane) } : {}) });
  }
  return routes;
}
