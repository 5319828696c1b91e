import type { ModelNode } from './types';

/** Nodes by id: what geometry needs of a `Map` of them. */
export type NodeLookup = Pick<ReadonlyMap<string, ModelNode>, 'get' | 'has'>;

/**
 * A maker of id lookups over nodes arrays that shares one index of each node's place between
 * them. A drag writes a new nodes array on every frame with every node in the same place, so the
 * index stays right and a lookup reads one slot; a map made per array was 500 entries per frame at
 * 500 nodes, most of a drag's garbage (issue 15). When the index is wrong for an array (nodes
 * added, removed or reordered), it is made again from that array; so answers never depend on it.
 */
export function nodeIndex(): (nodes: readonly ModelNode[]) => NodeLookup {
  let at = new Map<string, number>();
  let atOf: readonly ModelNode[] | null = null;
  return (nodes) => {
    const get = (id: string): ModelNode | undefined => {
      const i = at.get(id);
      if (i !== undefined && nodes[i]?.id === id) return nodes[i];
      if (atOf === nodes) return undefined;
      at = new Map(nodes.map((n, k) => [n.id, k] as const));
      atOf = nodes;
      const j = at.get(id);
      return j === undefined ? undefined : nodes[j];
    };
    return { get, has: (id) => get(id) !== undefined };
  };
}
