/**
 * Dangling edges (source or target missing). Dropping them silently is data loss on the next save
 * (bcakmakoglu/vue-flow#1149); keeping them makes React Flow warn (#008) and ELK fail. So they are
 * removed from the loaded model but every one is listed, with its id and ends, in the report.
 */
import { msg } from '../../i18n/message';
import type { TheoryModel } from '../../model/types';
import type { RepairNote } from '../types';

export function removeDanglingEdges(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const nodeIds = new Set(model.nodes.map((n) => n.id));
  const notes: RepairNote[] = [];
  const edges = model.edges.filter((edge) => {
    const missing = [edge.source, edge.target].filter((id, i, all) => !nodeIds.has(id) && all.indexOf(id) === i);
    if (missing.length === 0) return true;
    const quoted = missing.map((id) => JSON.stringify(id));
    const which = quoted.length === 1 ? quoted[0] : msg('list.and', { a: quoted[0], b: quoted[1] });
    notes.push({
      code: 'dangling-edge-removed',
      message: msg('repair.danglingEdge', {
        id: JSON.stringify(edge.id),
        relation: JSON.stringify(edge.relation),
        from: JSON.stringify(edge.source),
        to: JSON.stringify(edge.target),
        count: missing.length,
        missing: which,
      }),
      ids: [edge.id],
    });
    return false;
  });
  return notes.length === 0 ? { model, notes } : { model: { ...model, edges }, notes };
}
