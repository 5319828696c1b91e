/**
 * Parents before children. React Flow 12 resolves child positions in one pass over the array, so a
 * child listed before its group errors or jumps (xyflow/xyflow#4497, simstudioai/sim#7468).
 * The sort is stable: file order is kept except that a group is pulled forward to just before its
 * first member (by key order in v4: repairOrderKeys runs first). Requires an acyclic parent forest
 * (repairParents runs first), but guards anyway.
 */
import { msg } from '../../i18n/message';
import { orderParentsFirst } from '../../model/order';
import { keepKeys } from '../../model/orderKeys';
import type { ModelNode, TheoryModel } from '../../model/types';
import type { RepairNote } from '../types';

/** The model's own ordering rule (one implementation for edits and repair alike). */
export const parentsFirst = (nodes: ModelNode[]): ModelNode[] => orderParentsFirst(nodes);

export function repairOrder(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const pulled = parentsFirst(model.nodes);
  if (pulled.every((node, i) => node === model.nodes[i])) return { model, notes: [] };
  // A keyed list: the pulled groups get keys where they now stand, so keys and array agree again.
  const nodes = keepKeys(model.nodes, pulled);
  const note: RepairNote = {
    code: 'nodes-reordered',
    message: msg('repair.reordered'),
  };
  return { model: { ...model, nodes }, notes: [note] };
}
