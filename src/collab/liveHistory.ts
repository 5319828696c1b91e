/**
 * The editor's history while a live session runs (issue 13): Yjs's UndoManager, tracking only this
 * peer's origin, behind the editor's own `History` interface (installed with `editor.swapHistory`),
 * so Undo and Redo undo only this person's changes and commands need not know a session exists.
 *
 * The editor's policies keep their meaning:
 *   - `record` starts a new step (the binding closes the UndoManager's capture, then writes);
 *   - `merge` joins the current step (a drag's later frames, the rest of a typing burst). The current
 *     step is the one this person recorded or merged last, until an undo, a redo or a clear: a peer's
 *     change in between does not split a drag (they are never in this person's steps anyway);
 *   - `skip` writes without a step (a peer's version, a loaded document).
 * The document itself is written through the editor's own history under `skip`, so zundo keeps no
 * steps while the session runs; the binding sends each change to the room with the policy here.
 */
import type * as Y from 'yjs';
import type { CaptureUpdate, History } from '../store/history';
import type { ChangePolicy } from './port';

/** What the history needs of the binding: its UndoManager, and a way to write a throttled change now. */
export type UndoTarget = { undoManager: Y.UndoManager; flush(): void };

export type LiveHistory = History & {
  /** The policy of the local change being written (read by the store port, passed to the binding). */
  policy(): ChangePolicy;
  /** Connects the binding once the room's content is there, or disconnects it (null). */
  attach(target: UndoTarget | null): void;
};

const STACK_EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-item-updated', 'stack-cleared'] as const;

export function createLiveHistory(own: History, readDoc: () => unknown): LiveHistory {
  let target: UndoTarget | null = null;
  let policy: ChangePolicy = 'record';
  /** Whether this person's last step is still open for `merge`. */
  let open = false;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  let detach = () => {};

  const capture = (p: CaptureUpdate, write: () => void) => {
    if (p === 'skip') return own.capture('skip', write);
    const outer = policy;
    policy = p === 'merge' && open ? 'merge' : 'record';
    const before = readDoc();
    try {
      own.capture('skip', write);
    } finally {
      policy = outer;
    }
    if (readDoc() !== before) open = true;
  };

  const step = (run: (m: Y.UndoManager) => unknown) => {
    if (!target) return;
    open = false;
    // A drag's last throttled frame belongs to the step being undone: send it first.
    target.flush();
    run(target.undoManager);
  };

  return {
    policy: () => policy,
    attach: (next) => {
      detach();
      target = next;
      open = false;
      if (next) {
        const um = next.undoManager;
        STACK_EVENTS.forEach((e) => um.on(e, emit));
        detach = () => STACK_EVENTS.forEach((e) => um.off(e, emit));
      } else detach = () => {};
      emit();
    },
    undo: () => step((m) => m.undo()),
    redo: () => step((m) => m.redo()),
    canUndo: () => target?.undoManager.canUndo() ?? false,
    canRedo: () => target?.undoManager.canRedo() ?? false,
    clear: () => {
      open = false;
      own.clear();
      target?.undoManager.clear();
      emit();
    },
    capture,
    size: () => ({ undo: target?.undoManager.undoStack.length ?? 0, redo: target?.undoManager.redoStack.length ?? 0 }),
    top: () => target?.undoManager.undoStack.at(-1),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
