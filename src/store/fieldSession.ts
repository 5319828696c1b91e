import type { TheoryModel } from '../model/types';
import { activeEditor } from './activeEditor';

/**
 * Typing in a form field (Inspector, vocabulary editor) is ONE undo step per field visit, not one
 * per keystroke, while the canvas still updates on every keystroke. The first change of a session
 * is recorded (its "before" is the document from before the field was touched); later changes
 * merge into that step (history.ts).
 *
 * A session is open only while the document is still the one it last wrote: undo, redo, an import
 * or any other edit ends it by itself, so the next keystroke is a new step (and a redo stack it
 * clears is cleared honestly, by a recorded step). It also ends on blur, Enter, selection change
 * and unmount (the components), a different field starting, and any command (run.ts). Since the
 * policy is said per change, a session that is never ended can at worst merge the same field's
 * next keystrokes; it can never stop later edits from being recorded.
 */

const editor = () => activeEditor();
const current = () => {
  const e = editor();
  const session = e.session.field;
  return session && session.written === e.store.getState().doc ? session : null;
};

/** Applies a field's pure edit; the first change of a session is the one undo step for all of it. */
export function editField(key: string, change: (doc: TheoryModel) => TheoryModel): void {
  const e = editor();
  const open = current();
  if (!open || open.key !== key) e.session.field = null;
  const store = e.store.getState();
  // A drag under way already has the step: typing during it joins it, and starts no session.
  if (e.session.gesture.active) {
    store.edit(change, 'merge');
    return;
  }
  if (!store.edit(change, e.session.field ? 'merge' : 'record')) return;
  e.session.field = { key, written: e.store.getState().doc };
}

/** Ends the current field edit (if any); the next change starts a new undo step. Safe to call any time. */
export function endFieldEdit(): void {
  editor().session.field = null;
}

/** The key of the field being edited, for tests and for components that show it. */
export function activeFieldEdit(): string | null {
  return current()?.key ?? null;
}

/**
 * Applies a change that follows from the field edit in progress (room made for a node that grew
 * as the user typed) as part of its one undo step. Returns false, changing nothing, when no field
 * edit is in progress.
 */
export function followFieldEdit(change: (doc: TheoryModel) => TheoryModel): boolean {
  const session = current();
  if (!session) return false;
  const e = editor();
  e.store.getState().edit(change, 'merge');
  session.written = e.store.getState().doc;
  return true;
}
