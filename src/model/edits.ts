import type { ModelNode, Point, Size, TheoryModel } from './types';

/**
 * Pure edits of a document. Each returns a new document (or the same one when nothing changed,
 * so callers can skip history steps), never mutating its input.
 */

export function moveNodes(doc: TheoryModel, positions: ReadonlyMap<string, Point>): TheoryModel {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const next = positions.get(node.id);
    if (!next || (next.x === node.position.x && next.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: next.x, y: next.y } };
  });
  return changed ? { ...doc, nodes } : doc;
}

export function resizeNode(doc: TheoryModel, id: string, size: Size, position?: Point): TheoryModel {
  return updateNode(doc, id, (node) => ({ ...node, size: { ...size }, ...(position ? { position: { ...position } } : {}) }));
}

export function updateNode(doc: TheoryModel, id: string, update: (node: ModelNode) => ModelNode): TheoryModel {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== id) return node;
    const next = update(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}
