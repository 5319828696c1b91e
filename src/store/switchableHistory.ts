import type { History } from './history';

/**
 * The editor's history with a seam (issue 13): the editor's own history (zundo) answers unless a
 * stand-in is installed — a live session's, backed by Yjs's UndoManager, which undoes only this
 * person's changes. Callers (commands, the toolbar's flags, the document slice's `capture`) keep
 * one `History` object for the editor's whole life; swapping tells its subscribers.
 */
export type SwitchableHistory = {
  history: History;
  /** Installs `make(own)` in front of the editor's own history, or removes the stand-in (null). */
  swap: (make: ((own: History) => History) | null) => void;
};

export function createSwitchableHistory(own: History): SwitchableHistory {
  let current = own;
  let offCurrent: () => void = () => {};
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  const follow = (target: History) => {
    offCurrent();
    current = target;
    offCurrent = target.subscribe(emit);
  };
  follow(own);

  return {
    history: {
      undo: () => current.undo(),
      redo: () => current.redo(),
      canUndo: () => current.canUndo(),
      canRedo: () => current.canRedo(),
      clear: () => current.clear(),
      capture: (policy, write) => current.capture(policy, write),
      size: () => current.size(),
      top: () => current.top(),
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    swap: (make) => {
      follow(make ? make(own) : own);
      emit();
    },
  };
}
