/**
 * Parents before children. React Flow 12 resolves child positions in one pass over the array, so a
 * child listed before its group errors or jumps (xyflow/xyflow#4497, simstudioai/sim#7468).
 * The sort is stable: file order is kept except that a group is pulled forward to just before its
 * first member. Requires an acyclic parent forest (repairParents runs first), but guards anyway.
 */
import type { ModelNode, TheoryModel } from '../../model/types';
import type { RepairNote } from '../types';

export function parentsFirst(nodes: ModelNode[]): ModelNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = new Set<string>();
  const out: ModelNode[] = [];
  for (const node of nodes) {
    // Collect the not-yet-placed ancestors, innermost first; stop at a placed one or the root.
    const chain: ModelNode[] = [];
    const inChain = new Set<string>();
    let cur: ModelNode | undefined = node;
    while (cur && !placed.has(cur.id) && !inChain.has(cur.id)) {
      chain.push(cur);
      inChain.add(cur.id);
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      placed.add(chain[i].id);
      out.push(chain[i]);
    }
  }
  return out;
}

export function repairOrder(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const nodes = parentsFirst(model.nodes);
  if (nodes.every((node, i) => node === model.nodes[i])) return { model, notes: [] };
  const note: RepairNote = {
    code: 'nodes-reordered',
    message: 'Some groups were listed after the nodes inside them; the nodes were reordered so each group comes first.',
  };
  return { model: { ...model, nodes }, notes: [note] };
}
