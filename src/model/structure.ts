import { absolutePosition, DEFAULT_GROUP_SIZE, nodesById, topmost } from './geometry';
import { freshId, idStem, type IdGenerator } from './ids';
import { orderParentsFirst } from './order';
import { keepKeys } from './orderKeys';
import { GROUP_KIND, type ModelNode, type Point, type TheoryModel } from './types';
import { findKind } from './vocabulary';

/**
 * Structural edits: add, remove, nudge. Pure: each returns a new document (or the same one when
 * nothing changed, so the store records no empty undo step) and never mutates its input.
 */

export type AddNodeOptions = {
  kind: string;
  /** Top-left, absolute (the new node is top-level unless `parent` is given). */
  position: Point;
  /** Group to put the node in; `position` is then converted to be relative to it. */
  parent?: string;
  label?: string;
  /** Use this id if it is free; otherwise one is made from the kind. */
  id?: string;
};

/**
 * A new node of `kind`, labelled with the kind's label (and its translations, so the English view
 * shows "Key actor" rather than an untranslated "关键主体"). A group gets the default group size.
 * Returns the document unchanged and no id when the kind is unknown: an undeclared kind would only
 * be drawn grey and then repaired on the next import. `newId` makes the id (model/ids.ts).
 */
export function addNode(doc: TheoryModel, opts: AddNodeOptions, newId: IdGenerator): { doc: TheoryModel; id?: string } {
  const kind = findKind(doc.vocabulary, opts.kind);
  if (!kind) return { doc };
  const taken = new Set(doc.nodes.map((n) => n.id));
  const id = opts.id && !taken.has(opts.id) ? opts.id : freshId(newId, idStem(kind.id), taken);
  const byId = nodesById(doc);
  const parent = opts.parent !== undefined && byId.get(opts.parent)?.kind === GROUP_KIND ? opts.parent : undefined;
  const origin = parent ? absolutePosition(byId, parent) : { x: 0, y: 0 };
  const node: ModelNode = {
    id,
    kind: kind.id,
    label: opts.label ?? kind.label,
    position: { x: Math.round(opts.position.x - origin.x), y: Math.round(opts.position.y - origin.y) },
    ...(parent ? { parent } : {}),
    ...(kind.id === GROUP_KIND ? { size: { ...DEFAULT_GROUP_SIZE } } : {}),
    // No translations: the kind's name in the other language ("Driver") is not this node's label.
    // The new node shows its original label there and counts as untranslated until the user names it.
  };
  // Appended, so in a keyed list it gets a key after the last one: it is drawn on top.
  return { doc: { ...doc, nodes: keepKeys(doc.nodes, orderParentsFirst([...doc.nodes, node])) }, id };
}

/**
 * Removes nodes and edges. Edges of removed nodes go too. Children of a removed group are NOT
 * removed: they move to the nearest surviving ancestor (or the top level) and keep their absolute
 * position, so deleting a box never deletes work inside it by surprise (delete the children too by
 * selecting them, e.g. with box selection).
 */
export function removeElements(doc: TheoryModel, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): TheoryModel {
  const byId = nodesById(doc);
  const gone = new Set([...nodeIds].filter((id) => byId.has(id)));
  const edgesGone = new Set(edgeIds);
  const edges = doc.edges.filter((e) => !edgesGone.has(e.id) && !gone.has(e.source) && !gone.has(e.target));
  if (gone.size === 0 && edges.length === doc.edges.length) return doc;

  const survivingParent = (node: ModelNode): string | undefined => {
    let parent = node.parent;
    while (parent !== undefined && gone.has(parent)) parent = byId.get(parent)?.parent;
    return parent;
  };
  const nodes: ModelNode[] = [];
  for (const node of doc.nodes) {
    if (gone.has(node.id)) continue;
    if (node.parent === undefined || !gone.has(node.parent)) {
      nodes.push(node);
      continue;
    }
    const parent = survivingParent(node);
    const abs = absolutePosition(byId, node.id);
    const origin = parent ? absolutePosition(byId, parent) : { x: 0, y: 0 };
    const { parent: _old, ...rest } = node;
    nodes.push({ ...rest, ...(parent ? { parent } : {}), position: { x: abs.x - origin.x, y: abs.y - origin.y } });
  }
  return { ...doc, nodes: keepKeys(doc.nodes, orderParentsFirst(nodes)), edges };
}

/** Moves nodes by (dx, dy). A node inside another moved group is left alone: it moves with it. */
export function nudgeNodes(doc: TheoryModel, ids: Iterable<string>, dx: number, dy: number): TheoryModel {
  if (dx === 0 && dy === 0) return doc;
  const move = new Set(topmost(nodesById(doc), ids));
  if (move.size === 0) return doc;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (move.has(n.id) ? { ...n, position: { x: n.position.x + dx, y: n.position.y + dy } } : n)),
  };
}

/** `p`, or the first spot down-right of it in 24px steps where no node's top-left already is. */
export function freeSpot(doc: TheoryModel, p: Point, step = 24): Point {
  const byId = nodesById(doc);
  const spots = doc.nodes.map((n) => absolutePosition(byId, n.id));
  let x = Math.round(p.x);
  let y = Math.round(p.y);
  for (let i = 0; i <= spots.length && spots.some((s) => Math.abs(s.x - x) < 2 && Math.abs(s.y - y) < 2); i++) {
    x += step;
    y += step;
  }
  return { x, y };
}
