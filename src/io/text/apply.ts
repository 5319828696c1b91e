/**
 * A parsed text applied to the open model: the text owns which nodes, groups and edges exist, their
 * kinds, labels, relation types and groups; the model keeps everything else for every id that
 * survives (position, size, translations, descriptions, bends, label placement), and its order
 * (drawing order is not the text's business: reordering lines changes nothing on the canvas).
 * Only new nodes get a place: next to the nodes they are connected to, or inside their group.
 *
 * Returns `base` itself when the text describes exactly the open model, so a comment or a blank
 * line typed in the text view is never an undo step.
 */
import { absolutePosition, DEFAULT_GROUP_SIZE, DEFAULT_NODE_SIZE, GROUP_PADDING, nodesById, type Rect, type SizeOf } from '../../model/geometry';
import { orderParentsFirst } from '../../model/order';
import { GROUP_KIND, type ModelEdge, type ModelNode, type Point, type TheoryModel } from '../../model/types';
import type { TextDoc, TextEdge, TextNode } from './types';

const GAP = 40;
const NEIGHBOUR_OFFSET = 260;

const defaultSize: SizeOf = (n) => n.size ?? (n.kind === GROUP_KIND ? DEFAULT_GROUP_SIZE : DEFAULT_NODE_SIZE);

function mergeNode(old: ModelNode, t: TextNode): ModelNode {
  if (old.kind === t.kind && old.label === t.label && old.parent === t.parent) return old;
  const { parent: _p, ...rest } = old;
  return { ...rest, kind: t.kind, label: t.label, ...(t.parent !== undefined ? { parent: t.parent } : {}) };
}

function mergeEdge(old: ModelEdge, t: TextEdge): ModelEdge {
  if (old.source === t.source && old.target === t.target && old.relation === t.relation && old.label === t.label) return old;
  const moved = old.source !== t.source || old.target !== t.target;
  const { label: _l, labels, bends, labelAt, ...rest } = old;
  return {
    ...rest,
    source: t.source,
    target: t.target,
    relation: t.relation,
    ...(t.label !== undefined ? { label: t.label, ...(labels ? { labels } : {}) } : {}),
    // Bends and a placed label belong to the old route; a reconnected edge is routed afresh.
    ...(!moved && bends ? { bends } : {}),
    ...(!moved && labelAt ? { labelAt } : {}),
  };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width + 8 && b.x < a.x + a.width + 8 && a.y < b.y + b.height + 8 && b.y < a.y + a.height + 8;

export function applyText(base: TheoryModel, text: TextDoc, sizeOf: SizeOf = defaultSize): TheoryModel {
  const baseById = nodesById(base);
  const textIds = new Set(text.nodes.map((n) => n.id));
  const textById = new Map(text.nodes.map((n) => [n.id, n]));

  // Absolute positions: kept for every surviving node, found for new ones in text order.
  const abs = new Map<string, Point>();
  const rects: { id: string; rect: Rect; group: boolean }[] = [];
  for (const n of base.nodes) {
    if (!textIds.has(n.id)) continue;
    const p = absolutePosition(baseById, n.id);
    abs.set(n.id, p);
    rects.push({ id: n.id, rect: { ...p, ...sizeOf(n) }, group: n.kind === GROUP_KIND });
  }
  const fresh = text.nodes.filter((n) => !baseById.has(n.id));
  const grown = new Set<string>();
  for (const t of fresh) {
    const node: ModelNode = { id: t.id, kind: t.kind, label: t.label, position: { x: 0, y: 0 } };
    const size = sizeOf(node);
    const p = place(t, size);
    abs.set(t.id, p);
    rects.push({ id: t.id, rect: { ...p, ...size }, group: t.kind === GROUP_KIND });
    if (t.parent !== undefined) grown.add(t.parent);
  }

  const nodes: ModelNode[] = [];
  for (const old of base.nodes) {
    const t = textById.get(old.id);
    if (!t) continue;
    const merged = mergeNode(old, t);
    if (merged.parent !== old.parent) {
      if (merged.parent !== undefined) grown.add(merged.parent);
      nodes.push({ ...merged, position: relative(old.id, merged.parent) });
    } else nodes.push(merged);
  }
  for (const t of fresh) {
    nodes.push({ id: t.id, kind: t.kind, label: t.label, ...(t.parent !== undefined ? { parent: t.parent } : {}), position: relative(t.id, t.parent), ...(t.kind === GROUP_KIND ? { size: { ...DEFAULT_GROUP_SIZE } } : {}) });
  }
  const fitted = growGroups(orderParentsFirst(nodes), grown, sizeOf);

  const textEdges = new Map(text.edges.map((e) => [e.id, e]));
  const baseEdgeIds = new Set(base.edges.map((e) => e.id));
  const edges: ModelEdge[] = [];
  for (const old of base.edges) {
    const t = textEdges.get(old.id);
    if (t) edges.push(mergeEdge(old, t));
  }
  for (const t of text.edges) {
    if (!baseEdgeIds.has(t.id)) edges.push({ id: t.id, source: t.source, target: t.target, relation: t.relation, ...(t.label !== undefined ? { label: t.label } : {}) });
  }

  const sameNodes = fitted.length === base.nodes.length && fitted.every((n, i) => n === base.nodes[i]);
  const sameEdges = edges.length === base.edges.length && edges.every((e, i) => e === base.edges[i]);
  if (sameNodes && sameEdges) return base;
  return { ...base, nodes: sameNodes ? base.nodes : fitted, edges: sameEdges ? base.edges : edges };

  function relative(id: string, parent: string | undefined): Point {
    const p = abs.get(id) ?? { x: 0, y: 0 };
    const origin = parent !== undefined ? (abs.get(parent) ?? { x: 0, y: 0 }) : { x: 0, y: 0 };
    return { x: Math.round(p.x - origin.x), y: Math.round(p.y - origin.y) };
  }

  /** Next to its placed neighbours (right of what points at it, left of what it points at), else below its group's contents or below everything. */
  function place(t: TextNode, size: { width: number; height: number }): Point {
    if (t.parent !== undefined && abs.has(t.parent)) {
      const g = abs.get(t.parent) as Point;
      const inside = rects.filter((r) => textById.get(r.id)?.parent === t.parent);
      const bottom = Math.max(g.y + GROUP_PADDING.top - GAP / 2, ...inside.map((r) => r.rect.y + r.rect.height));
      return { x: g.x + GROUP_PADDING.left, y: bottom + GAP / 2 };
    }
    const links = text.edges.filter((e) => (e.source === t.id && abs.has(e.target)) || (e.target === t.id && abs.has(e.source)));
    let start: Point;
    if (links.length > 0) {
      const others = links.map((e) => abs.get(e.source === t.id ? e.target : e.source) as Point);
      const incoming = links.filter((e) => e.target === t.id).length;
      const dx = incoming * 2 >= links.length ? NEIGHBOUR_OFFSET : -NEIGHBOUR_OFFSET;
      start = { x: others.reduce((s, p) => s + p.x, 0) / others.length + dx, y: others.reduce((s, p) => s + p.y, 0) / others.length };
    } else {
      const top = rects.filter((r) => textById.get(r.id)?.parent === undefined);
      if (top.length === 0) return { x: 0, y: 0 };
      start = { x: Math.min(...top.map((r) => r.rect.x)), y: Math.max(...top.map((r) => r.rect.y + r.rect.height)) + GAP };
    }
    const p = { x: Math.round(start.x), y: Math.round(start.y) };
    for (let i = 0; i < rects.length && rects.some((r) => overlaps(r.rect, { ...p, ...size })); i++) p.y += size.height + GAP / 2;
    return p;
  }
}

/** Groups that received nodes grow (never shrink) to hold them, with the usual padding. */
function growGroups(nodes: ModelNode[], groups: ReadonlySet<string>, sizeOf: SizeOf): ModelNode[] {
  if (groups.size === 0) return nodes;
  // Innermost first, so a grown inner group can grow its outer one in turn.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depth = (id: string) => {
    let d = 0;
    for (let cur = byId.get(id); cur?.parent !== undefined && d < nodes.length; cur = byId.get(cur.parent)) d++;
    return d;
  };
  const pending = [...groups].filter((id) => byId.get(id)?.kind === GROUP_KIND).sort((a, b) => depth(b) - depth(a));
  for (let i = 0; i < pending.length; i++) {
    const group = byId.get(pending[i]) as ModelNode;
    const own = sizeOf(group);
    let width = own.width;
    let height = own.height;
    for (const child of nodes) {
      if (child.parent !== group.id) continue;
      const s = sizeOf(byId.get(child.id) as ModelNode);
      width = Math.max(width, child.position.x + s.width + GROUP_PADDING.right);
      height = Math.max(height, child.position.y + s.height + GROUP_PADDING.bottom);
    }
    if (width === own.width && height === own.height && group.size) continue;
    byId.set(group.id, { ...group, size: { width: Math.ceil(width), height: Math.ceil(height) } });
    if (group.parent !== undefined && !pending.includes(group.parent)) pending.push(group.parent);
  }
  return nodes.map((n) => byId.get(n.id) as ModelNode);
}
