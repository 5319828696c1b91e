import type { TheoryModel } from './types';

/** The relations of a node, in and out, in model order: what E steps through on a focused node. */
export function nodeRelations(doc: TheoryModel, nodeId: string): string[] {
  return doc.edges.filter((e) => e.source === nodeId || e.target === nodeId).map((e) => e.id);
}

/**
 * The next index among `count` items from `at` (-1: none yet) going `step` (+1/-1), wrapping.
 * From none, forwards starts at the first and backwards at the last.
 */
export function stepIndex(count: number, at: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (at < 0) return step > 0 ? 0 : count - 1;
  return (((at + step) % count) + count) % count;
}
