/**
 * Format v2 templates: placeholder ids must be unique (the wizard asks one question per id, and
 * `{id}` in the text must mean one thing). A repeated id keeps its first declaration, as repeated
 * vocabulary ids do.
 */
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
      message: `The placeholder ${JSON.stringify(p.id)} was declared twice; the first declaration is used and the second was dropped.`,
      ids: [p.id],
    });
    return false;
  });
  if (notes.length === 0) return { model, notes };
  return { model: { ...model, template: { placeholders } }, notes };
}
