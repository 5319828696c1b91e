import { absolutePosition, absoluteRect, boundsOf, GROUP_PADDING, isInside, nodesById, topmost, type SizeOf } from './geometry';
import { freshId, type IdGenerator } from './ids';
import { orderParentsFirst } from './order';
import { keepKeys } from './orderKeys';
import { GROUP_KIND, type ModelNode, type TheoryModel } from './types';
import { findKind } from './vocabulary';

/**
 * Group and ungroup. Positions in the file are relative to the parent, so both convert: a node's
 * absolute position (what the user sees) never changes when it enters or leaves a group.
 */

export type GroupOptions = { sizeOf: SizeOf; id?: string; label?: string };

/**
 * Puts the given nodes in a new group box sized around them (padding 16, 44 at the top for the
 * title). Nodes already inside another given group come along with it. If all of them share a
 * parent group, the new group is nested in it; otherwise it is top-level. Returns no id (and the
 * same document) when there is nothing to group. `newId` makes the group's id; in a keyed list its
 * key falls between the keys around its place, just before its first member.
 */
export function groupNodes(doc: TheoryModel, ids: Iterable<string>, opts: GroupOptions, newId: IdGenerator): { doc: TheoryModel; id?: string } {
  const byId = nodesById(doc);
  const members = topmost(byId, ids);
  if (members.length === 0) return { doc };
  const parents = new Set(members.map((id) => byId.get(id)?.parent));
  const parent = parents.size === 1 ? [...parents][0] : undefined;

  const box = boundsOf(members.map((id) => absoluteRect(byId, byId.get(id)!, opts.sizeOf)))!;
  const abs = { x: Math.round(box.x - GROUP_PADDING.left), y: Math.round(box.y - GROUP_PADDING.top) };
  const origin = parent ? absolutePosition(byId, parent) : { x: 0, y: 0 };
  const kind = findKind(doc.vocabulary, GROUP_KIND)!;
  const groupId = opts.id && !byId.has(opts.id) ? opts.id : freshId(newId, 'group', byId);
  const group: ModelNode = {
    id: groupId,
    kind: GROUP_KIND,
    label: opts.label ?? kind.label,
    ...(opts.label === undefined && kind.labels ? { labels: { ...kind.labels } } : {}),
    ...(parent ? { parent } : {}),
    position: { x: abs.x - origin.x, y: abs.y - origin.y },
    size: {
      width: Math.round(box.width + GROUP_PADDING.left + GROUP_PADDING.right),
      height: Math.round(box.height + GROUP_PADDING.top + GROUP_PADDING.bottom),
    },
  };

  const memberSet = new Set(members);
  const nodes: ModelNode[] = [];
  let placed = false;
  for (const node of doc.nodes) {
    // The group goes just before its first member: after any shared parent, before every child.
    if (memberSet.has(node.id) && !placed) {
      nodes.push(group);
      placed = true;
    }
    if (!memberSet.has(node.id)) {
      nodes.push(node);
      continue;
    }
    const a = absolutePosition(byId, node.id);
    nodes.push({ ...node, parent: groupId, position: { x: a.x - abs.x, y: a.y - abs.y } });
  }
  return { doc: { ...doc, nodes: keepKeys(doc.nodes, orderParentsFirst(nodes)) }, id: groupId };
}

/**
 * Removes the given groups' boxes; their children move to the group's own parent (or the top
 * level) and keep their absolute positions. Edges attached to a removed box go with it (undo
 * restores them). Ids that are not groups are ignored. Returns the freed children's ids.
 */
export function ungroupNodes(doc: TheoryModel, ids: Iterable<string>): { doc: TheoryModel; children: string[] } {
  const byId = nodesById(doc);
  const groups = new Set([...ids].filter((id) => byId.get(id)?.kind === GROUP_KIND));
  if (groups.size === 0) return { doc, children: [] };
  const children: string[] = [];
  const newParent = (id: string | undefined): string | undefined => {
    while (id !== undefined && groups.has(id)) id = byId.get(id)?.parent;
    return id;
  };
  const nodes: ModelNode[] = [];
  for (const node of doc.nodes) {
    if (groups.has(node.id)) continue;
    if (node.parent === undefined || !groups.has(node.parent)) {
      nodes.push(node);
      continue;
    }
    children.push(node.id);
    const parent = newParent(node.parent);
    const a = absolutePosition(byId, node.id);
    const origin = parent ? absolutePosition(byId, parent) : { x: 0, y: 0 };
    const { parent: _old, ...rest } = node;
    nodes.push({ ...rest, ...(parent ? { parent } : {}), position: { x: a.x - origin.x, y: a.y - origin.y } });
  }
  const edges = doc.edges.filter((e) => !groups.has(e.source) && !groups.has(e.target));
  return { doc: { ...doc, nodes: keepKeys(doc.nodes, orderParentsFirst(nodes)), edges }, children };
}

/** Whether `id` may become a child of `group`: it is a group, and not the node itself or inside it. */
export function canContain(doc: TheoryModel, group: string, id: string): boolean {
  const byId = nodesById(doc);
  return byId.get(group)?.kind === GROUP_KIND && group !== id && !isInside(byId, group, id);
}
