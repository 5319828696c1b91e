/**
 * Step 7: repair a schema-valid model so the canvas, layout and export can trust it. Each step is
 * a pure function model → { model, notes }; the order matters:
 *   duplicates first (everything after looks nodes up by id), then sizes and vocabulary,
 *   coordinates into the figure's range before parents (so re-homing adds in-range numbers),
 *   parents (needs unique ids; clamps what it computes), order keys (sort by key), then parents first
 *   (needs an acyclic forest and sorted keys), dangling edges
 *   (needs the final node ids), presentation steps last (name the final node and edge ids).
 */
import type { TheoryModel } from '../../model/types';
import type { RepairNote } from '../types';
import { repairCoordinates } from './coordinates';
import { repairDuplicates } from './duplicates';
import { removeDanglingEdges } from './edges';
import { repairOrder } from './order';
import { repairOrderKeys } from './orderKeys';
import { repairParents } from './parents';
import { repairPresentation } from './presentation';
import { repairSizes } from './sizes';
import { repairTemplate } from './template';
import { repairVocabulary } from './vocabulary';

type RepairStep = (model: TheoryModel) => { model: TheoryModel; notes: RepairNote[] };

const STEPS: readonly RepairStep[] = [
  repairDuplicates,
  repairSizes,
  repairVocabulary,
  repairCoordinates,
  repairParents,
  repairOrderKeys,
  repairOrder,
  removeDanglingEdges,
  repairTemplate,
  // Presentation steps last: they name the final node and edge ids.
  repairPresentation,
];

export function repairModel(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  let current = model;
  const notes: RepairNote[] = [];
  for (const step of STEPS) {
    const result = step(current);
    current = result.model;
    for (const note of result.notes) notes.push(note); // no spread: 100k notes would overflow arguments
  }
  return { model: current, notes };
}
