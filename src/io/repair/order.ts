/**
 * Parents before children. React Flow 12 resolves child positions in one pass over the array, so a
 * child listed before its group errors or jumps (xyflow/xyflow#4497, simstudioai/sim#7468).
 * The sort is stable: file order is kept except that a group is pulled forward to just before its
 * first member. Requires an acyclic parent forest (repairParents runs first), but guards anyway.
 */
import { msg } from '../../i18n/message';
import { orderParentsFirst } from '../../model/order';
import type { ModelNode, TheoryModel } from '../../model/types';
import type { RepairNote } from '../types';

/** The model's own ordering rule (one implementation for edits and repair alike). */
export const parentsFirst = (nodes: ModelNode[]): ModelNode[] => orderParentsFirst(nodes);

export function repairOrder(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const nodes = parentsFirst(model.nodes);
  if (nodes.every((node, i) => node === model.nodes[i])) return { model, notes: [] };
  const note: RepairNote = {
    code: 'nodes-reordered',
    message: msg('repair.reordered'),
  };
  return { model: { ...model, nodes }, notes: [note] };
}
