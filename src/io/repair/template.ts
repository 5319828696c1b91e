/**
 * Format v2 templates: placeholder ids must be unique (the wizard asks one question per id, and
 * `{id}` in the text must mean one thing). A repeated id keeps its first declaration, as repeated
 * vocabulary ids do.
 */
import { msg } from '../../i18n/message';
import type { TheoryModel } from '../../model/types';
import type { RepairNote } from '../types';

export function repairTemplate(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  if (!model.template) return { model, notes: [] };
  const seen = new Set<string>();
  const notes: RepairNote[] = [];
  const placeholders = model.template.placeholders.filter((p) => {
    if (!seen.has(p.id)) return seen.add(p.id);
    notes.push({
      code: 'duplicate-placeholder',
      message: msg('repair.duplicatePlaceholder', { id: JSON.stringify(p.id) }),
      ids: [p.id],
    });
    return false;
  });
  if (notes.length === 0) return { model, notes };
  return { model: { ...model, template: { placeholders } }, notes };
}
