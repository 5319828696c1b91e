import { createEditor, type Editor } from './editor';

/**
 * The editor that the store's action functions act on (`useAppStore.getState()`, `editField`,
 * `autoLayout`…). The page has one, made on first use; `createTestEditor()` installs a fresh one
 * per test. This slot is the one module-level binding the store keeps (docs/decisions.md): it is
 * what lets event handlers and commands written as plain functions keep working unchanged.
 */
let active: Editor | undefined;

export const activeEditor = (): Editor => (active ??= createEditor());

/** Makes `editor` the one actions act on; returns the one it replaces (if any). */
export function setActiveEditor(editor: Editor): Editor | undefined {
  const previous = active;
  active = editor;
  return previous;
}

/** The active editor's history (undo, redo, clear): what commands and start-up call. */
export const editorHistory = () => activeEditor().history;
