/**
 * Order keys (format v4) that the model can trust: every node and edge of a keyed list has a
 * valid key, no two share one, and the array is in key order. A list in which no element has a
 * key is left alone (it is in array order, a form the format allows). Otherwise elements are
 * sorted by key, and each element whose key is missing, not a valid fractional index, or repeats
 * an earlier one gets a new key where it stands: after the element it followed in the file. Only
 * those keys change, and the note names their elements.
 */
import { isOrderKey, settleKeys, sortByOrder, usesKeys, type Ordered } from '../../model/orderKeys';
import type { TheoryModel } from '../../model/types';
import { msg } from '../../i18n/message';
import type { RepairNote } from '../types';

function repairList<T extends Ordered>(list: T[]): { list: T[]; changed: string[] } {
  if (list.length === 0 || !usesKeys(list)) return { list, changed: [] };
  const settled = settleKeys(sortByOrder(list));
  const before = new Map(list.map((item) => [item, item.order]));
  const changed = settled.filter((item) => !before.has(item) || !isOrderKey(before.get(item))).map((item) => item.id);
  return { list: settled, changed };
}

export function repairOrderKeys(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const nodes = repairList(model.nodes);
  const edges = repairList(model.edges);
  if (nodes.list === model.nodes && edges.list === model.edges) return { model, notes: [] };
  const notes: RepairNote[] = [];
  const ids = [...nodes.changed, ...edges.changed];
  if (ids.length > 0) {
    notes.push({
      code: 'order-keys-repaired',
      message: msg('repair.orderKeys', { count: ids.length }),
      ids,
    });
  }
  return { model: { ...model, nodes: nodes.list, edges: edges.list }, notes };
}
