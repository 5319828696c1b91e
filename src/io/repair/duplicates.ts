/**
 * Duplicate ids. React Flow keys its lookups by id, so a second node "a" silently overwrites the
 * first (xyflow/xyflow#5860). Nodes and edges that repeat an id get a fresh one with a note;
 * edges and children that referred to the id keep meaning the first, as they most likely did.
 * A repeated vocabulary id is dropped instead (its first definition is the one in use).
 */
import { msg } from '../../i18n/message';
import type { ModelEdge, ModelNode, TheoryModel } from '../../model/types';
import type { RepairNote } from '../types';

/** `a-2`, `a-3`, … skipping every id already in use, including ids that appear later in the file. */
function freshId(base: string, taken: Set<string>): string {
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  const id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function reId<T extends ModelNode | ModelEdge>(items: T[], code: 'duplicate-node-id' | 'duplicate-edge-id'): { items: T[]; notes: RepairNote[] } {
  const taken = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  const notes: RepairNote[] = [];
  const out = items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    const id = freshId(item.id, taken);
    notes.push({
      code,
      message: msg(code === 'duplicate-node-id' ? 'repair.duplicateNodeId' : 'repair.duplicateEdgeId', { id: JSON.stringify(item.id), newId: JSON.stringify(id) }),
      ids: [item.id, id],
    });
    return { ...item, id };
  });
  return { items: out, notes };
}

function dropRepeats<T extends { id: string }>(items: T[], code: 'duplicate-kind' | 'duplicate-relation'): { items: T[]; notes: RepairNote[] } {
  const seen = new Set<string>();
  const notes: RepairNote[] = [];
  const out = items.filter((item) => {
    if (!seen.has(item.id)) return seen.add(item.id);
    notes.push({
      code,
      message: msg(code === 'duplicate-kind' ? 'repair.duplicateKind' : 'repair.duplicateRelation', { id: JSON.stringify(item.id) }),
      ids: [item.id],
    });
    return false;
  });
  return { items: out, notes };
}

export function repairDuplicates(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const kinds = dropRepeats(model.vocabulary.nodeKinds, 'duplicate-kind');
  const relations = dropRepeats(model.vocabulary.relationTypes, 'duplicate-relation');
  const nodes = reId(model.nodes, 'duplicate-node-id');
  const edges = reId(model.edges, 'duplicate-edge-id');
  return {
    model: {
      ...model,
      vocabulary: { nodeKinds: kinds.items, relationTypes: relations.items },
      nodes: nodes.items,
      edges: edges.items,
    },
    notes: [...kinds.notes, ...relations.notes, ...nodes.notes, ...edges.notes],
  };
}
