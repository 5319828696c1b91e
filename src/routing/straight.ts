/**
 * The fallback plan (source 'straight'): border-to-border straight lines through the user's bend
 * points, with labels placed as usual. Used when the router fails or runs out of time — the
 * figure is never blank or broken, only less tidy. Pure and fast (no WASM), so it runs on the
 * main thread.
 */
import type { Point } from '../model/types';
import { centreOf } from './geometry';
import { finishPlan } from './plan';
import type { RouteInput, RoutePlan } from './types';

/** Px between parallel straight edges of one pair, as the floating edges (io/flow.ts) space them. */
const PARALLEL_GAP = 14;

export function straightPlan(input: RouteInput): RoutePlan {
  const boxes = new Map(input.nodes.map((n) => [n.id, n] as const));
  const pairs = new Map<string, string[]>();
  for (const e of input.edges) {
    if (e.source === e.target || (e.bends && e.bends.length > 0)) continue;
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const list = pairs.get(key);
    if (list) list.push(e.id);
    else pairs.set(key, [e.id]);
  }
  const shift = new Map<string, number>();
  for (const list of pairs.values()) if (list.length > 1) list.forEach((id, i) => shift.set(id, (i - (list.length - 1) / 2) * PARALLEL_GAP));
  const raw = new Map<string, Point[]>();
  for (const e of input.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t || e.source === e.target) continue;
    const a = centreOf(s);
    const b = centreOf(t);
    let k = shift.get(e.id) ?? 0;
    if (e.source > e.target) k = -k; // the same side for both directions of a pair
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const n = { x: (-(b.y - a.y) / len) * k, y: ((b.x - a.x) / len) * k };
    raw.set(e.id, [{ x: a.x + n.x, y: a.y + n.y }, ...(e.bends ?? []), { x: b.x + n.x, y: b.y + n.y }]);
  }
  return finishPlan(input, raw, 'straight');
}
