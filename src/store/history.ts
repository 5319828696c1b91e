/**
 * History as a policy of each change (issue 11, item 2), after Excalidraw's `captureUpdate`.
 * Every document change says what it is to undo:
 *   - `record`: a new undo step (a click, a command, the first frame of a drag, the first
 *     keystroke of a field visit);
 *   - `merge`: joins the current step (the other frames of a drag, the rest of a typing burst, room
 *     made for a node that grew as the user typed). With no current step to join it is recorded;
 *   - `skip`: not an undo step at all (view-only changes; a loaded document, cleared right after).
 * The current step is the one recorded or merged last, as long as nothing else (undo, redo, a
 * skipped write, a clear) has changed the document since.
 *
 * Actions only see this interface; the zundo implementation lives in `zundoHistory.ts` alone, so
 * the co-editing issue can put Yjs's UndoManager behind the same calls (record = stopCapturing
 * then change, merge = change within the capture, skip = a change with an untracked origin).
 */
export type CaptureUpdate = 'record' | 'merge' | 'skip';

export type History = {
  undo: () => void;
  redo: () => void;
  canUndo: () => boolean;
  canRedo: () => boolean;
  /** Forgets every step (the first document of a session has nothing before it). */
  clear: () => void;
  /** Runs `write` (which sets the document, or not) under `policy`. */
  capture: (policy: CaptureUpdate, write: () => void) => void;
  /** How many steps undo and redo hold: for tests and the command table's enabled flags. */
  size: () => { undo: number; redo: number };
  /**
   * An opaque token for the newest undo step: it changes when a step is recorded, undone or
   * dropped for the limit, and stays when a change merges into that step.
   */
  top: () => unknown;
  /** Called after any change of the steps (undo/redo availability is reactive through this). */
  subscribe: (listener: () => void) => () => void;
};
