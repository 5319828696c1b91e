import { checkConnection } from './connections';
import { absolutePosition, descendantIds, nodesById } from './geometry';
import { freshId, type IdGenerator } from './ids';
import { orderParentsFirst } from './order';
import { keepKeys, withoutKey } from './orderKeys';
import { FORMAT_NAME, FORMAT_VERSION, GROUP_KIND, type ModelEdge, type ModelNode, type Point, type TheoryModel } from './types';

/**
 * Copy and paste as documents. A copied selection is a complete document of our file format (a "fragment"), so the
 * clipboard holds our file format: pasting it in another tab, or pasting a saved file, goes
 * through the one import path (io/importModel) before `insertFragment` merges it here.
 */

/** How far each paste is shifted from an element it would otherwise cover exactly. */
export const PASTE_STEP = 24;

/**
 * The selected nodes (a selected group brings its contents) and every edge among them, plus the
 * vocabulary entries they use. A node whose group is not copied becomes top-level at its absolute
 * position. Returns undefined when no node is selected.
 */
export function extractFragment(doc: TheoryModel, nodeIds: Iterable<string>): TheoryModel | undefined {
  const byId = nodesById(doc);
  const picked = new Set<string>();
  for (const id of nodeIds) {
    if (!byId.has(id)) continue;
    picked.add(id);
    if (byId.get(id)!.kind === GROUP_KIND) for (const d of descendantIds(doc, id)) picked.add(d);
  }
  if (picked.size === 0) return undefined;
  const nodes = doc.nodes
    .filter((n) => picked.has(n.id))
    .map((n): ModelNode => {
      if (n.parent === undefined || picked.has(n.parent)) return n;
      const { parent: _p, ...rest } = n;
      return { ...rest, position: absolutePosition(byId, n.id) };
    });
  const edges = doc.edges.filter((e) => picked.has(e.source) && picked.has(e.target));
  const kinds = new Set(nodes.map((n) => n.kind));
  const relations = new Set(edges.map((e) => e.relation));
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title: doc.meta.title, ...(doc.meta.language ? { language: doc.meta.language } : {}) },
    vocabulary: {
      nodeKinds: doc.vocabulary.nodeKinds.filter((k) => kinds.has(k.id)),
      relationTypes: doc.vocabulary.relationTypes.filter((r) => relations.has(r.id)),
    },
    nodes,
    edges,
  };
}

export type PasteResult = {
  doc: TheoryModel;
  nodeIds: string[];
  edgeIds: string[];
  /** Edges left out because the target's vocabulary does not allow them between those kinds. */
  droppedEdges: number;
};

/**
 * Adds a fragment's nodes and edges to `doc` with fresh ids (the fragment's ids are only kept as
 * stems), shifted by the smallest multiple of PASTE_STEP that keeps every pasted top-level node
 * off the spot of an existing node (so pasting next to the originals never hides them, and
 * pasting into an empty area does not shift at all). Vocabulary entries the document lacks are
 * added; where both define an id, the document's definition wins. Edges are checked against the
 * merged vocabulary with the same rule as a new connection. `makeId` makes the new ids, each
 * from the copied element's id as its stem. In a keyed list the pasted elements get keys after
 * the last, in the fragment's order, so they are drawn on top and keep their relative order.
 */
export function insertFragment(doc: TheoryModel, fragment: TheoryModel, makeId: IdGenerator): PasteResult {
  const allocator = (taken: string[]) => {
    const used = new Set(taken);
    return (stem: string) => {
      const id = freshId(makeId, stem, used);
      used.add(id);
      return id;
    };
  };
  const nodeIdOf = allocator([...doc.nodes.map((n) => n.id), ...fragment.nodes.map((n) => n.id)]);
  const edgeIdOf = allocator([...doc.edges.map((e) => e.id), ...fragment.edges.map((e) => e.id)]);
  const newId = new Map(fragment.nodes.map((n) => [n.id, nodeIdOf(n.id)]));
  const offset = pasteOffset(doc, fragment);

  const nodes: ModelNode[] = fragment.nodes.map(withoutKey).map((n) => {
    const parent = n.parent === undefined ? undefined : newId.get(n.parent);
    const { parent: _p, ...rest } = n;
    return parent
      ? { ...rest, id: newId.get(n.id)!, parent }
      : { ...rest, id: newId.get(n.id)!, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } };
  });

  const kindIds = new Set(doc.vocabulary.nodeKinds.map((k) => k.id));
  const relationIds = new Set(doc.vocabulary.relationTypes.map((r) => r.id));
  const vocabulary = {
    nodeKinds: [...doc.vocabulary.nodeKinds, ...fragment.vocabulary.nodeKinds.filter((k) => !kindIds.has(k.id))],
    relationTypes: [...doc.vocabulary.relationTypes, ...fragment.vocabulary.relationTypes.filter((r) => !relationIds.has(r.id))],
  };
  const vocabularyChanged =
    vocabulary.nodeKinds.length !== doc.vocabulary.nodeKinds.length || vocabulary.relationTypes.length !== doc.vocabulary.relationTypes.length;

  let next: TheoryModel = {
    ...doc,
    vocabulary: vocabularyChanged ? vocabulary : doc.vocabulary,
    nodes: keepKeys(doc.nodes, orderParentsFirst([...doc.nodes, ...nodes])),
  };
  const edgeIds: string[] = [];
  let droppedEdges = 0;
  for (const e of fragment.edges) {
    const source = newId.get(e.source);
    const target = newId.get(e.target);
    const check = source && target ? checkConnection(next, source, target, e.relation) : undefined;
    if (!check?.ok) {
      droppedEdges++;
      continue;
    }
    const edge: ModelEdge = { ...withoutKey(e), id: edgeIdOf(e.id), source: check.source, target: check.target };
    edgeIds.push(edge.id);
    next = { ...next, edges: [...next.edges, edge] };
  }
  if (edgeIds.length > 0) next = { ...next, edges: keepKeys(doc.edges, next.edges) };
  return { doc: next, nodeIds: nodes.map((n) => n.id), edgeIds, droppedEdges };
}

function pasteOffset(doc: TheoryModel, fragment: TheoryModel): Point {
  const byId = nodesById(doc);
  const spots = doc.nodes.map((n) => absolutePosition(byId, n.id));
  const roots = fragment.nodes.filter((n) => n.parent === undefined || !fragment.nodes.some((m) => m.id === n.parent));
  const covers = (d: number) =>
    roots.some((r) => spots.some((s) => Math.abs(s.x - (r.position.x + d)) < 2 && Math.abs(s.y - (r.position.y + d)) < 2));
  let d = 0;
  // Bounded: each step must hit a different existing node, so at most nodes.length + 1 steps.
  for (let i = 0; i <= doc.nodes.length && covers(d); i++) d += PASTE_STEP;
  return { x: d, y: d };
}
