import { GROUP_PADDING, type Rect, type SizeOf } from './geometry';
import { GROUP_KIND, type Point, type Size, type TheoryModel } from './types';

/**
 * Making room when a node grows (issue 10, item 4): boxes in → moves out, moving neighbours as
 * little as possible. Works per container (a group, or the top level), deepest first:
 *
 * 1. Among one container's children, the nodes that grew are "settled" (they never move, unless
 *    two of them overlap each other: then the lower one is pushed first). Each
 *    sibling that overlaps a settled box is pushed the shortest way out of it (left, right, up or
 *    down), far enough to also clear every other settled box, and is then settled itself, so a
 *    push can cascade but never bounces. Overlaps no growth touches are left alone: a node the
 *    user dropped half over another stays where it was put when something else grows.
 * 2. The container then grows (never shrinks) to hold its children with the usual padding;
 *    growing left or up moves the box and shifts its children back, so nothing jumps on screen.
 *    A group that grew is a grown node of its own container, one level up.
 *
 * Siblings only: a child lies inside its group by design, and a node in another group is kept
 * apart by the two groups' boxes, which are siblings somewhere up the tree. Only strict overlaps
 * (positive area) trigger a move; a moved box keeps `ROOM_GAP` from the box that pushed it.
 */

/** Room kept between a pushed node and the node that pushed it (px). */
export const ROOM_GAP = 16;

/** A node's box relative to its container (like the model's positions); `parent` as in the model. */
export type RoomBox = { id: string; parent?: string; group: boolean; x: number; y: number; width: number; height: number };

/** New relative top-lefts of the boxes that moved, and new sizes of the groups that grew. */
export type RoomPlan = { positions: Map<string, Point>; sizes: Map<string, Size> };

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The shortest move of `box` that clears every box in `fixed` by `gap`, starting from a push out of `from`. */
function pushOut(box: Rect, from: Rect, fixed: readonly Rect[]): Point {
  const candidates: { dx: number; dy: number }[] = [
    { dx: from.x + from.width + ROOM_GAP - box.x, dy: 0 },
    { dx: from.x - ROOM_GAP - (box.x + box.width), dy: 0 },
    { dx: 0, dy: from.y + from.height + ROOM_GAP - box.y },
    { dx: 0, dy: from.y - ROOM_GAP - (box.y + box.height) },
  ];
  let best: Point | undefined;
  let bestCost = Infinity;
  for (const c of candidates) {
    // Keep going the same way until no settled box is in the way (monotone, so it ends).
    let { dx, dy } = c;
    for (let guard = 0; guard <= fixed.length; guard++) {
      const moved = { ...box, x: box.x + dx, y: box.y + dy };
      const hit = fixed.find((f) => overlaps(moved, f));
      if (!hit) break;
      if (c.dx > 0) dx = hit.x + hit.width + ROOM_GAP - box.x;
      else if (c.dx < 0) dx = hit.x - ROOM_GAP - (box.x + box.width);
      else if (c.dy > 0) dy = hit.y + hit.height + ROOM_GAP - box.y;
      else dy = hit.y - ROOM_GAP - (box.y + box.height);
    }
    const cost = Math.abs(dx) + Math.abs(dy);
    if (cost < bestCost) [best, bestCost] = [{ x: dx, y: dy }, cost];
  }
  return best!;
}

/** Separates one container's children in place; returns the ids that moved. */
function separate(children: RoomBox[], grown: ReadonlySet<string>): Set<string> {
  const moved = new Set<string>();
  const settled: RoomBox[] = [];
  const isSettled = new Set<string>();
  const queue: RoomBox[] = [];
  const settle = (b: RoomBox) => {
    isSettled.add(b.id);
    settled.push(b);
    queue.push(b);
  };
  // Grown nodes stay put, except where two of them now overlap (a language switch grows them all):
  // taken top to bottom, left to right, a later one is pushed out of the earlier ones.
  const seeds = children.filter((b) => grown.has(b.id)).sort((a, b) => a.y - b.y || a.x - b.x);
  for (const b of seeds) {
    const hit = settled.find((f) => overlaps(b, f));
    if (hit) {
      const d = pushOut(b, hit, settled);
      b.x = Math.round(b.x + d.x);
      b.y = Math.round(b.y + d.y);
      moved.add(b.id);
    }
    settle(b);
  }
  while (queue.length > 0) {
    const s = queue.shift()!;
    for (const o of children) {
      if (isSettled.has(o.id) || !overlaps(o, s)) continue;
      const d = pushOut(o, s, settled);
      o.x = Math.round(o.x + d.x);
      o.y = Math.round(o.y + d.y);
      moved.add(o.id);
      settle(o);
    }
  }
  return moved;
}

/** Grows `group` to hold `children` (relative to it); shifts children when it grows left/up. */
function fit(group: RoomBox, children: RoomBox[]): boolean {
  if (children.length === 0) return false;
  const minX = Math.min(...children.map((c) => c.x));
  const minY = Math.min(...children.map((c) => c.y));
  const shiftX = Math.max(0, Math.ceil(GROUP_PADDING.left - minX));
  const shiftY = Math.max(0, Math.ceil(GROUP_PADDING.top - minY));
  const width = Math.max(group.width + shiftX, Math.ceil(Math.max(...children.map((c) => c.x + c.width)) + shiftX + GROUP_PADDING.right));
  const height = Math.max(group.height + shiftY, Math.ceil(Math.max(...children.map((c) => c.y + c.height)) + shiftY + GROUP_PADDING.bottom));
  if (shiftX === 0 && shiftY === 0 && width === group.width && height === group.height) return false;
  for (const c of children) {
    c.x += shiftX;
    c.y += shiftY;
  }
  group.x -= shiftX;
  group.y -= shiftY;
  group.width = width;
  group.height = height;
  return true;
}

/**
 * Makes room around the nodes in `grown` (ids whose size grew). Boxes are not modified. Nodes whose parent is not a known group count as top level.
 */
export function makeRoom(boxes: readonly RoomBox[], grown: Iterable<string>): RoomPlan {
  const work = new Map<string, RoomBox>();
  for (const b of boxes) if (!work.has(b.id)) work.set(b.id, { ...b });
  const containerOf = (b: RoomBox): string | null => (b.parent !== undefined && work.get(b.parent)?.group ? b.parent : null);
  const children = new Map<string | null, RoomBox[]>();
  for (const b of work.values()) {
    const c = containerOf(b);
    if (!children.has(c)) children.set(c, []);
    children.get(c)!.push(b);
  }
  const depth = (id: string | null): number => {
    let d = 0;
    const seen = new Set<string>();
    for (let c = id; c !== null && !seen.has(c); c = containerOf(work.get(c)!)) {
      seen.add(c);
      d++;
    }
    return d;
  };
  const containers = [...children.keys()].sort((a, b) => depth(b) - depth(a));
  const grownSet = new Set(grown);
  const plan: RoomPlan = { positions: new Map(), sizes: new Map() };
  for (const c of containers) {
    const kids = children.get(c)!;
    for (const id of separate(kids, grownSet)) plan.positions.set(id, { x: work.get(id)!.x, y: work.get(id)!.y });
    if (c === null) continue;
    const group = work.get(c)!;
    if (!fit(group, kids)) continue;
    grownSet.add(c);
    plan.sizes.set(c, { width: group.width, height: group.height });
    plan.positions.set(c, { x: group.x, y: group.y });
    for (const k of kids) plan.positions.set(k.id, { x: k.x, y: k.y });
  }
  // Drop entries that ended where they started (a shift undone by nothing, rounding).
  const original = new Map(boxes.map((b) => [b.id, b]));
  for (const [id, p] of plan.positions) {
    const o = original.get(id)!;
    if (o.x === p.x && o.y === p.y) plan.positions.delete(id);
  }
  return plan;
}

/** The document's nodes as room boxes, sized by `sizeOf`. */
export function roomBoxes(doc: TheoryModel, sizeOf: SizeOf): RoomBox[] {
  return doc.nodes.map((n) => ({
    id: n.id,
    ...(n.parent !== undefined ? { parent: n.parent } : {}),
    group: n.kind === GROUP_KIND,
    x: n.position.x,
    y: n.position.y,
    ...sizeOf(n),
  }));
}

/**
 * The pure edit: makes room in `doc` for the nodes in `grown`. Groups that grew get a stored
 * size. Returns the same document when nothing has to move.
 */
export function makeRoomInModel(doc: TheoryModel, sizeOf: SizeOf, grown: Iterable<string>): TheoryModel {
  const plan = makeRoom(roomBoxes(doc, sizeOf), grown);
  if (plan.positions.size === 0 && plan.sizes.size === 0) return doc;
  const nodes = doc.nodes.map((n) => {
    const p = plan.positions.get(n.id);
    const s = plan.sizes.get(n.id);
    if (!p && !s) return n;
    return { ...n, ...(p ? { position: { x: p.x, y: p.y } } : {}), ...(s ? { size: { width: s.width, height: s.height } } : {}) };
  });
  return { ...doc, nodes };
}
