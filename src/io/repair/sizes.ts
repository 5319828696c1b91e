/**
 * Fixed sizes must be positive. A zero or negative width is a valid number to the schema but makes
 * an invisible node and confuses layout; dropping `size` lets the node size itself to its label.
 */
import { msg } from '../../i18n/message';
import type { ModelNode, TheoryModel } from '../../model/types';
import { quotedIds, type RepairNote } from '../types';

export function repairSizes(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const fixed: string[] = [];
  const nodes = model.nodes.map((node): ModelNode => {
    if (!node.size || (node.size.width > 0 && node.size.height > 0)) return node;
    fixed.push(node.id);
    const { size: _dropped, ...rest } = node;
    return rest;
  });
  if (fixed.length === 0) return { model, notes: [] };
  const note: RepairNote = {
    code: 'invalid-size-removed',
    message: msg('repair.invalidSize', { count: fixed.length, ids: quotedIds(fixed, false) }),
    ids: fixed,
  };
  return { model: { ...model, nodes }, notes: [note] };
}
