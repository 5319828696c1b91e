import type { TheoryModel } from '../model/types';
import { history, useAppStore } from './appStore';

/**
 * Typing in a form field (Inspector, vocabulary editor) is ONE undo step per field edit, not one
 * per keystroke, while the canvas still updates on every keystroke. Same technique as a drag
 * (flowChanges.ts): the first change of a session is recorded (its "before" is the document from
 * before the field was touched), then history pauses; later changes replace the document without
 * new steps; ending the session resumes history.
 *
 * A leaked pause would silently stop recording every later edit, so a session ends on: blur,
 * Enter, selection change and unmount (the components), a different field starting, any command
 * (run.ts), and any document change the session did not make itself (undo, redo, an import…),
 * noticed both here and on the next keystroke.
 */

type Session = { key: string; written: TheoryModel };
let session: Session | null = null;
/** True while editField itself writes, so the subscription below does not mistake it for someone else's edit. */
let writing = false;

/** Applies a field's pure edit; the first change of a session is the one undo step for all of it. */
export function editField(key: string, change: (doc: TheoryModel) => TheoryModel): void {
  const store = useAppStore.getState();
  if (session && (session.key !== key || store.doc !== session.written)) endFieldEdit();
  const before = store.doc;
  writing = true;
  try {
    store.edit(change);
  } finally {
    writing = false;
  }
  const after = useAppStore.getState().doc;
  if (after === before) return;
  if (session) {
    session.written = after;
    return;
  }
  // Someone else (a drag) already paused history: record nothing of ours, and never resume theirs.
  if (!history().isTracking) return;
  session = { key, written: after };
  history().pause();
}

/** Ends the current field edit (if any); the next change starts a new undo step. Safe to call any time. */
export function endFieldEdit(): void {
  if (!session) return;
  session = null;
  history().resume();
}

/** The key of the field being edited, for tests and for components that show it. */
export function activeFieldEdit(): string | null {
  return session?.key ?? null;
}

// Undo, redo or any other edit replaced our document: the session is over, so the next keystroke
// is a new step (and a redo stack cleared by it is cleared honestly, by a recorded step).
useAppStore.subscribe((state) => {
  if (session && !writing && state.doc !== session.written) endFieldEdit();
});

/**
 * Applies a change that follows from the field edit in progress (room made for a node that grew
 * as the user typed) as part of its one undo step. Returns false, changing nothing, when no field
 * edit is in progress.
 */
export function followFieldEdit(change: (doc: TheoryModel) => TheoryModel): boolean {
  if (!session) return false;
  const store = useAppStore.getState();
  if (store.doc !== session.written) return false;
  writing = true;
  try {
    store.edit(change);
  } finally {
    writing = false;
  }
  session.written = useAppStore.getState().doc;
  return true;
}
