import { absolutePosition, absoluteRect, GROUP_PADDING, isInside, nodesById, topmost, type SizeOf } from './geometry';
import { orderParentsFirst } from './order';
import { keepKeys } from './orderKeys';
import { GROUP_KIND, type ModelNode, type TheoryModel } from './types';

/**
 * Dragging into and out of groups. When a drag ends, each dragged node belongs to the innermost
 * group box that contains its centre (or to none), keeping its absolute position; the group then
 * grows to fit it. Nested groups: a group dropped into another group becomes its child.
 */

/** The innermost group (latest in `nodes`, so drawn on top) whose box contains the node's centre. */
export function dropTarget(doc: TheoryModel, id: string, sizeOf: SizeOf): string | undefined {
  const byId = nodesById(doc);
  const node = byId.get(id);
  if (!node) return undefined;
  const r = absoluteRect(byId, node, sizeOf);
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  let target: string | undefined;
  for (const g of doc.nodes) {
    if (g.kind !== GROUP_KIND || g.id === id || isInside(byId, g.id, id)) continue;
    const b = absoluteRect(byId, g, sizeOf);
    if (cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height) target = g.id;
  }
  return target;
}

/** Re-parents the dropped nodes where their centres are; unchanged document when none moves. */
export function reparentOnDrop(doc: TheoryModel, ids: Iterable<string>, sizeOf: SizeOf): TheoryModel {
  let next = doc;
  const dropped = topmost(nodesById(doc), ids);
  const touched = new Set<string>();
  for (const id of dropped) {
    const target = dropTarget(next, id, sizeOf);
    const byId = nodesById(next);
    const node = byId.get(id)!;
    if (target) touched.add(target);
    if (node.parent === target) continue;
    const a = absolutePosition(byId, id);
    const origin = target ? absolutePosition(byId, target) : { x: 0, y: 0 };
    const { parent: _old, ...rest } = node;
    const moved: ModelNode = { ...rest, ...(target ? { parent: target } : {}), position: { x: a.x - origin.x, y: a.y - origin.y } };
    // A group pulled in front of its new member gets a new key there; nothing else is re-keyed.
    next = { ...next, nodes: keepKeys(next.nodes, orderParentsFirst(next.nodes.map((n) => (n.id === id ? moved : n)))) };
  }
  for (const group of touched) next = growGroupToFit(next, group, sizeOf);
  return next;
}

/**
 * Grows a group (never shrinks it) so every child lies inside with the usual padding. Growing
 * left or up moves the box and shifts its children the other way, so nothing moves on screen.
 * Then the group's own parent is fitted, and so on up.
 */
export function growGroupToFit(doc: TheoryModel, groupId: string, sizeOf: SizeOf): TheoryModel {
  let next = doc;
  const seen = new Set<string>();
  let id: string | undefined = groupId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    next = growOne(next, id, sizeOf);
    id = nodesById(next).get(id)?.parent;
  }
  return next;
}

function growOne(doc: TheoryModel, groupId: string, sizeOf: SizeOf): TheoryModel {
  const group = doc.nodes.find((n) => n.id === groupId);
  const children = doc.nodes.filter((n) => n.parent === groupId);
  if (!group || group.kind !== GROUP_KIND || children.length === 0) return doc;
  const size = sizeOf(group);
  const minX = Math.min(...children.map((c) => c.position.x));
  const minY = Math.min(...children.map((c) => c.position.y));
  const maxX = Math.max(...children.map((c) => c.position.x + sizeOf(c).width));
  const maxY = Math.max(...children.map((c) => c.position.y + sizeOf(c).height));
  const shiftX = Math.max(0, Math.ceil(GROUP_PADDING.left - minX));
  const shiftY = Math.max(0, Math.ceil(GROUP_PADDING.top - minY));
  const width = Math.max(size.width + shiftX, Math.ceil(maxX + shiftX + GROUP_PADDING.right));
  const height = Math.max(size.height + shiftY, Math.ceil(maxY + shiftY + GROUP_PADDING.bottom));
  if (shiftX === 0 && shiftY === 0 && width === size.width && height === size.height) return doc;
  const nodes = doc.nodes.map((n) => {
    if (n.id === groupId) return { ...n, position: { x: n.position.x - shiftX, y: n.position.y - shiftY }, size: { width, height } };
    if (n.parent === groupId && (shiftX || shiftY)) return { ...n, position: { x: n.position.x + shiftX, y: n.position.y + shiftY } };
    return n;
  });
  return { ...doc, nodes };
}
