import { blankModel } from '../../model/blank';
import type { TheoryModel } from '../../model/types';
import { setActiveEditor } from '../activeEditor';
import type { AppState } from '../appStore';
import { createEditor, type Editor, type EditorOptions } from '../editor';

/**
 * A headless editor for tests, in the spirit of tldraw's TestEditor: a fresh store, history and
 * session per call, made the active editor so the store's action functions act on it. No test
 * resets a global store by hand, and nothing one test leaves behind (a gesture, a field session,
 * notices, the clipboard) reaches the next one.
 */
export type TestEditor = Editor & {
  /** The store's current state. */
  state: () => AppState;
  doc: () => TheoryModel;
  /** Undo and redo steps held. */
  steps: () => { undo: number; redo: number };
  /** Restores the editor that was active before this one. */
  restore: () => void;
};

/** A blank model with the given nodes (tests' small documents). */
export const modelWith = (nodes: TheoryModel['nodes'] = [], edges: TheoryModel['edges'] = []): TheoryModel => ({ ...blankModel('t', new Date(0)), nodes, edges });

/** Deterministic ids: `stem-1`, `stem-2`, … per editor. */
export function countingIds(): (stem: string) => string {
  const counts = new Map<string, number>();
  return (stem) => {
    const n = (counts.get(stem) ?? 0) + 1;
    counts.set(stem, n);
    return `${stem}-${n}`;
  };
}

export function createTestEditor(options: EditorOptions & { state?: Partial<AppState> } = {}): TestEditor {
  const { state, ...editorOptions } = options;
  const editor = createEditor({ idGenerator: countingIds(), ...editorOptions });
  if (state) editor.history.capture('skip', () => editor.store.setState(state));
  const previous = setActiveEditor(editor);
  return {
    ...editor,
    state: () => editor.store.getState(),
    doc: () => editor.store.getState().doc,
    steps: () => editor.history.size(),
    restore: () => {
      editor.dispose();
      if (previous) setActiveEditor(previous);
    },
  };
}
