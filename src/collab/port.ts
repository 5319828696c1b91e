import type { RepairNote } from '../io/types';
import type { TheoryModel } from '../model/types';

/** How a local change enters history (issue 11): a new step, or part of the current one (drag, typing burst). */
export type ChangePolicy = 'record' | 'merge';

/**
 * What the co-editing binding needs from the editor, and nothing more: the open model, its local
 * changes, and a way to put a peer's version in place without making it an undo step. Keeping it
 * this small lets the binding be tested without React or the store.
 */
export type ModelPort = {
  model(): TheoryModel;
  /** Calls `listener` after each local change of the document; never for `applyRemote`. */
  onLocalChange(listener: (next: TheoryModel, policy: ChangePolicy) => void): () => void;
  /** Shows a peer's (already checked and repaired) version: not an undo step, not a local change. */
  applyRemote(model: TheoryModel, report: RepairNote[]): void;
};
