import { sortByOrder } from './orderKeys';
import type { ModelEdge, ModelNode } from './types';

/**
 * Parents before children in `nodes`: React Flow 12 resolves a child's position from its parent in
 * one pass, so a child listed before its group jumps or errors (xyflow/xyflow#4497). Every
 * structural edit ends with this. Stable: the order is kept, except that a group is pulled forward
 * to just before its first member. Returns the same array when it is already in order, so an edit
 * that did not reorder stays cheap to compare.
 */
export function orderParentsFirst(nodes: ModelNode[]): ModelNode[] {
  if (parentsComeFirst(nodes)) return nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = new Set<string>();
  const out: ModelNode[] = [];
  for (const node of nodes) {
    const chain: ModelNode[] = [];
    let cur: ModelNode | undefined = node;
    // Stops at a placed ancestor, the root, or a cycle (a node already in the chain).
    while (cur && !placed.has(cur.id) && !chain.includes(cur)) {
      chain.push(cur);
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      placed.add(chain[i].id);
      out.push(chain[i]);
    }
  }
  return out;
}

/** True when every node's parent (if any, and if present) comes earlier in the array. */
export function parentsComeFirst(nodes: readonly ModelNode[]): boolean {
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  for (const node of nodes) {
    if (node.parent !== undefined && ids.has(node.parent) && !seen.has(node.parent)) return false;
    seen.add(node.id);
  }
  return true;
}

/**
 * The drawing order of nodes, derived from their data alone (format v4): sorted by order key, then
 * each group pulled to just before its first member. Any keys give a parents-first array, so a
 * document assembled from elements in any order (a merge of two writers' edits, a file whose
 * array was shuffled) is ready for React Flow. Same array when it is already in that order.
 */
export function orderedNodes(nodes: ModelNode[]): ModelNode[] {
  return orderParentsFirst(sortByOrder(nodes));
}

/** The drawing order of edges: by order key. */
export function orderedEdges(edges: ModelEdge[]): ModelEdge[] {
  return sortByOrder(edges);
}
