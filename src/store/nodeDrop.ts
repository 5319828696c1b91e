import { sizeFrom } from '../model/geometry';
import { reparentOnDrop } from '../model/reparent';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from './appStore';

/**
 * Dropping dragged nodes into or out of groups, as part of the drag's own undo step. The drag is
 * already one step (flowChanges.ts: the first frame is recorded, its "before" being the document
 * from before the drag). If that step is still the latest, the re-parenting joins it (applied
 * with history paused), so one undo puts the node back where it was, in its old group. Otherwise
 * (the drag changed nothing) it is a step of its own.
 */

let beforeDrag: TheoryModel | undefined;

export function startNodeDrag() {
  beforeDrag = useAppStore.getState().doc;
}

export function dropNodes(ids: readonly string[]): void {
  const store = useAppStore.getState();
  const before = beforeDrag;
  beforeDrag = undefined;
  const next = reparentOnDrop(store.doc, ids, sizeFrom(store.measured));
  if (next === store.doc) return;
  const h = history();
  const dragIsLastStep = before !== undefined && store.doc !== before && h.isTracking && h.pastStates.at(-1)?.doc === before;
  if (!dragIsLastStep) {
    store.edit(() => next);
    return;
  }
  h.pause();
  try {
    store.edit(() => next);
  } finally {
    h.resume();
  }
}
