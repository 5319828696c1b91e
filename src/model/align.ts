import { absoluteRect, boundsOf, nodesById, topmost, type Rect, type SizeOf } from './geometry';
import { growGroupToFit } from './reparent';
import type { Point, TheoryModel } from './types';

/**
 * Align and distribute a selection (issue 10, item 6), as pure edits: one call is one undo step.
 * Work is done on what the user sees, absolute boxes; positions are written back relative to each
 * node's own parent. A selected group moves with its contents (a selected child of a selected
 * group is left to its group), and a group whose member moved grows to hold it.
 */

export const ALIGN_MODES = ['left', 'center', 'right', 'top', 'middle', 'bottom'] as const;
export type AlignMode = (typeof ALIGN_MODES)[number];
export type DistributeAxis = 'horizontal' | 'vertical';

type Item = { id: string; rect: Rect };

function items(doc: TheoryModel, ids: Iterable<string>, sizeOf: SizeOf): Item[] {
  const byId = nodesById(doc);
  return topmost(byId, ids).map((id) => ({ id, rect: absoluteRect(byId, byId.get(id)!, sizeOf) }));
}

/** Moves each item by its (dx, dy) (absolute), then fits the groups that hold a moved item. */
function moveBy(doc: TheoryModel, deltas: ReadonlyMap<string, Point>, sizeOf: SizeOf): TheoryModel {
  const moving = [...deltas].filter(([, d]) => Math.round(d.x) !== 0 || Math.round(d.y) !== 0);
  if (moving.length === 0) return doc;
  const delta = new Map(moving);
  let next: TheoryModel = {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const d = delta.get(n.id);
      return d ? { ...n, position: { x: Math.round(n.position.x + d.x), y: Math.round(n.position.y + d.y) } } : n;
    }),
  };
  const parents = new Set(doc.nodes.filter((n) => delta.has(n.id) && n.parent !== undefined).map((n) => n.parent!));
  for (const g of parents) next = growGroupToFit(next, g, sizeOf);
  return next;
}

/** Lines up the selection's left edges, centres, right edges, tops, middles or bottoms. Needs two nodes. */
export function alignNodes(doc: TheoryModel, ids: Iterable<string>, mode: AlignMode, sizeOf: SizeOf): TheoryModel {
  const list = items(doc, ids, sizeOf);
  if (list.length < 2) return doc;
  const box = boundsOf(list.map((i) => i.rect))!;
  const deltas = new Map<string, Point>();
  for (const { id, rect: r } of list) {
    let dx = 0;
    let dy = 0;
    if (mode === 'left') dx = box.x - r.x;
    else if (mode === 'center') dx = box.x + box.width / 2 - (r.x + r.width / 2);
    else if (mode === 'right') dx = box.x + box.width - (r.x + r.width);
    else if (mode === 'top') dy = box.y - r.y;
    else if (mode === 'middle') dy = box.y + box.height / 2 - (r.y + r.height / 2);
    else dy = box.y + box.height - (r.y + r.height);
    deltas.set(id, { x: dx, y: dy });
  }
  return moveBy(doc, deltas, sizeOf);
}

/**
 * Spaces the selection evenly along an axis: the first and last (by centre) stay, the ones between
 * move so the gaps between neighbouring boxes are equal. Needs three nodes.
 */
export function distributeNodes(doc: TheoryModel, ids: Iterable<string>, axis: DistributeAxis, sizeOf: SizeOf): TheoryModel {
  const list = items(doc, ids, sizeOf);
  if (list.length < 3) return doc;
  const [pos, len] = axis === 'horizontal' ? (['x', 'width'] as const) : (['y', 'height'] as const);
  const sorted = [...list].sort((a, b) => a.rect[pos] + a.rect[len] / 2 - (b.rect[pos] + b.rect[len] / 2) || a.id.localeCompare(b.id));
  const first = sorted[0].rect;
  const last = sorted.at(-1)!.rect;
  const total = last[pos] + last[len] - first[pos];
  const gap = (total - sorted.reduce((s, i) => s + i.rect[len], 0)) / (sorted.length - 1);
  const deltas = new Map<string, Point>();
  let at = first[pos];
  for (const { id, rect } of sorted) {
    const d = at - rect[pos];
    deltas.set(id, axis === 'horizontal' ? { x: d, y: 0 } : { x: 0, y: d });
    at += rect[len] + gap;
  }
  return moveBy(doc, deltas, sizeOf);
}
