/**
 * Format v5 presentation steps (issue 14). A step may name elements that are gone (deleted in
 * another app, or a hand-edited file): those ids are skipped, with a note per step, and the step
 * stays. A repeated step id keeps its first step, as repeated vocabulary ids do; a camera frame
 * without area, or reaching outside the figure's coordinate range (issue 17), is dropped, so the
 * step frames its elements.
 */
import { msg } from '../../i18n/message';
import { COORDINATE_LIMIT } from '../../model/coordinates';
import type { CameraFrame, PresentationStep, TheoryModel } from '../../model/types';
import { quotedIds, type RepairNote } from '../types';

/** A frame with area, wholly within the coordinate range every position is kept in. */
function usableCamera(c: CameraFrame): boolean {
  const within = (v: number) => Math.abs(v) <= COORDINATE_LIMIT;
  return c.width > 0 && c.height > 0 && within(c.x) && within(c.y) && within(c.x + c.width) && within(c.y + c.height);
}

export function repairPresentation(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const presentation = model.presentation;
  if (!presentation) return { model, notes: [] };
  const known = new Set<string>([...model.nodes.map((n) => n.id), ...model.edges.map((e) => e.id)]);
  const seen = new Set<string>();
  const notes: RepairNote[] = [];
  let changed = false;
  const steps: PresentationStep[] = [];
  for (const step of presentation.steps) {
    if (seen.has(step.id)) {
      notes.push({ code: 'duplicate-step', message: msg('repair.duplicateStep', { id: JSON.stringify(step.id) }), ids: [step.id] });
      changed = true;
      continue;
    }
    seen.add(step.id);
    let next = step;
    const missing = step.elementIds.filter((id) => !known.has(id));
    const listed = new Set<string>();
    const kept = step.elementIds.filter((id) => known.has(id) && !listed.has(id) && Boolean(listed.add(id)));
    if (missing.length > 0) {
      notes.push({
        code: 'step-elements-skipped',
        message: msg('repair.stepElementsSkipped', { step: JSON.stringify(step.name || step.id), count: missing.length, ids: quotedIds(missing) }),
        ids: missing,
      });
    }
    if (kept.length !== step.elementIds.length) next = { ...next, elementIds: kept };
    const camera = step.camera;
    if (camera && !usableCamera(camera)) {
      notes.push({ code: 'step-camera-removed', message: msg('repair.stepCameraRemoved', { step: JSON.stringify(step.name || step.id) }), ids: [step.id] });
      const { camera: _dropped, ...rest } = next;
      next = rest;
    }
    if (next !== step) changed = true;
    steps.push(next);
  }
  return changed ? { model: { ...model, presentation: { steps } }, notes } : { model, notes };
}
