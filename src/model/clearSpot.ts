import { absolutePosition, nodesById, type Rect, type SizeOf } from './geometry';
import type { Point, Size, TheoryModel } from './types';

/** Room kept between a new node and its neighbours (px). */
export const CLEAR_GAP = 24;
/** How many places to try in each direction before giving up and taking the preferred one. */
const RINGS = 12;

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Every element's absolute box (groups are left out: a new node may go inside a group's area). */
function boxes(doc: TheoryModel, sizeOf: SizeOf): Rect[] {
  const byId = nodesById(doc);
  return doc.nodes.filter((n) => n.kind !== 'group').map((n) => ({ ...absolutePosition(byId, n.id), ...sizeOf(n) }));
}

/**
 * Where a new node of `size` goes (its top-left, absolute): `preferred` when that is clear of
 * every element, else the nearest clear place on a grid of node-sized steps around it, trying the
 * right first, then below. With `after` (the node added last, still there), the search starts just
 * to its right, so repeated "Add" lays nodes out in a row instead of piling them on one spot.
 */
export function clearSpot(doc: TheoryModel, sizeOf: SizeOf, preferred: Point, size: Size, after?: string): Point {
  const taken = boxes(doc, sizeOf);
  const last = after !== undefined ? doc.nodes.find((n) => n.id === after) : undefined;
  let start = preferred;
  if (last) {
    const at = absolutePosition(nodesById(doc), last.id);
    start = { x: at.x + sizeOf(last).width + CLEAR_GAP, y: at.y };
  }
  const stepX = size.width + CLEAR_GAP;
  const stepY = size.height + CLEAR_GAP;
  const free = (p: Point) => !taken.some((b) => overlaps({ ...p, ...size }, b, CLEAR_GAP - 1));
  for (let ring = 0; ring <= RINGS; ring++) {
    // Ring `ring` of the grid, right side first, then below, left, above: nearest places first.
    const cells: Point[] = [];
    for (let dy = 0; dy <= ring; dy++) {
      for (const [cx, cy] of [[ring, dy], [ring, -dy], [dy, ring], [-dy, ring], [-ring, dy], [-ring, -dy], [dy, -ring], [-dy, -ring]]) {
        if (Math.max(Math.abs(cx), Math.abs(cy)) === ring) cells.push({ x: Math.round(start.x + cx * stepX), y: Math.round(start.y + cy * stepY) });
      }
    }
    const hit = cells.find(free);
    if (hit) return hit;
  }
  return { x: Math.round(preferred.x), y: Math.round(preferred.y) };
}
