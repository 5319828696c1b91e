import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { temporal } from 'zundo';
import type { CaptureUpdate, History } from './history';

/**
 * The one file that knows zundo (issue 11). zundo tracks only `doc`; every edit makes a new
 * document object and leaves it untouched otherwise, so reference equality is exactly "the
 * document changed", and selection, measuring and viewport changes are never steps.
 *
 * The policies map onto zundo like this: `record` is a tracked `set` (zundo pushes the document
 * from before it), `merge` and `skip` are a `set` with tracking paused for that one call, so the
 * current step's "before" stays what it was. A pause never outlives the call that made it, so no
 * gesture or field session can leave history switched off.
 */
export function createHistoryStore<S extends { doc: unknown }>(
  init: StateCreator<S, [['temporal', unknown]], []>,
  limit: number,
): { store: StoreApi<S>; history: History } {
  const store = createStore<S>()(
    temporal(init, {
      partialize: (state) => ({ doc: state.doc }),
      equality: (past, current) => past.doc === current.doc,
      limit,
    }),
  );
  const temporalStore = store.temporal;
  const steps = () => temporalStore.getState();
  // The document the last recorded or merged change wrote: while it is still the document, the
  // latest step is the current one and a `merge` joins it.
  let lastWritten: unknown;
  const open = () => steps().pastStates.length > 0 && store.getState().doc === lastWritten;

  const untracked = (write: () => void) => {
    const t = steps();
    if (!t.isTracking) return write(); // never nested, but never resume someone else's pause either
    t.pause();
    try {
      write();
    } finally {
      t.resume();
    }
  };

  const capture = (policy: CaptureUpdate, write: () => void) => {
    const before = store.getState().doc;
    if (policy === 'skip') return untracked(write);
    if (policy === 'merge' && open()) untracked(write);
    else write();
    const after = store.getState().doc;
    if (after !== before) lastWritten = after;
  };

  return {
    store,
    history: {
      undo: () => steps().undo(),
      redo: () => steps().redo(),
      canUndo: () => steps().pastStates.length > 0,
      canRedo: () => steps().futureStates.length > 0,
      clear: () => {
        lastWritten = undefined;
        steps().clear();
      },
      capture,
      size: () => ({ undo: steps().pastStates.length, redo: steps().futureStates.length }),
      top: () => steps().pastStates.at(-1),
      subscribe: (listener) => temporalStore.subscribe(listener),
    },
  };
}
