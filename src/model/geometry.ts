import type { NodeLookup } from './nodeIndex';
import { GROUP_KIND, type ModelNode, type Point, type Size, type TheoryModel } from './types';

/**
 * Geometry of the document in absolute coordinates. Positions in the file are relative to the
 * parent group (like React Flow's `position` with `parentId`); edits that move nodes between
 * groups convert through these helpers.
 */

/** Size of a group without a stored size. (io/flow.ts draws such a group at this size.) */
export const DEFAULT_GROUP_SIZE: Size = { width: 320, height: 220 };
/** Size assumed for an element the canvas has not measured yet (CSS gives nodes 200px width). */
export const DEFAULT_NODE_SIZE: Size = { width: 200, height: 60 };
/** Room between a group's border and its children; the top leaves space for the title. */
export const GROUP_PADDING = { left: 16, top: 44, right: 16, bottom: 16 } as const;

export type SizeOf = (node: ModelNode) => Size;
export type Rect = { x: number; y: number; width: number; height: number };

/** A node's size: its fixed size, else what the canvas measured, else a default by kind. */
export function sizeFrom(measured: ReadonlyMap<string, Size> = new Map()): SizeOf {
  return (node) => node.size ?? measured.get(node.id) ?? (node.kind === GROUP_KIND ? DEFAULT_GROUP_SIZE : DEFAULT_NODE_SIZE);
}

export function nodesById(doc: TheoryModel): Map<string, ModelNode> {
  return new Map(doc.nodes.map((n) => [n.id, n]));
}

/** Absolute top-left of a node: its position plus every ancestor's. Guards against parent cycles. */
export function absolutePosition(byId: NodeLookup, id: string): Point {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    x += cur.position.x;
    y += cur.position.y;
    cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
  }
  return { x, y };
}

export function absoluteRect(byId: NodeLookup, node: ModelNode, sizeOf: SizeOf): Rect {
  const { x, y } = absolutePosition(byId, node.id);
  return { x, y, ...sizeOf(node) };
}

/** Ids of every node inside `id` (children, grandchildren…), not including `id`. */
export function descendantIds(doc: TheoryModel, id: string): Set<string> {
  const out = new Set<string>();
  let frontier = new Set([id]);
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const node of doc.nodes) {
      if (node.parent !== undefined && frontier.has(node.parent) && !out.has(node.id) && node.id !== id) {
        out.add(node.id);
        next.add(node.id);
      }
    }
    frontier = next;
  }
  return out;
}

/** Whether `id` lies inside the group `ancestor` at any depth. */
export function isInside(byId: NodeLookup, id: string, ancestor: string): boolean {
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur?.parent !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    if (cur.parent === ancestor) return true;
    cur = byId.get(cur.parent);
  }
  return false;
}

/** The given ids minus those inside another given group: moving these moves all of them once. */
export function topmost(byId: NodeLookup, ids: Iterable<string>): string[] {
  const set = new Set([...ids].filter((id) => byId.has(id)));
  return [...set].filter((id) => ![...set].some((other) => other !== id && isInside(byId, id, other)));
}

export function boundsOf(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });
