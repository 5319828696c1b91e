import type { ModelNode, TheoryModel } from '../model/types';

/**
 * Element objects that arrived from a peer in a live session (issue 13). Growth of such a node is
 * the author's to make room for: their editor moves the neighbours and the moves arrive as edits.
 * If every peer made room for the same growth, neighbours would move two or three times over.
 * A WeakSet keyed by the immutable node objects: nothing to clean up, nothing kept alive.
 */
const remote = new WeakSet<ModelNode>();

export function markRemote(before: TheoryModel, after: TheoryModel): void {
  const old = new Set(before.nodes);
  for (const node of after.nodes) if (!old.has(node)) remote.add(node);
}

export const cameFromPeer = (node: ModelNode | undefined): boolean => node !== undefined && remote.has(node);
