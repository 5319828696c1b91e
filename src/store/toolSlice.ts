import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/**
 * The non-modal tool panels beside the canvas (issue 6); one at a time. `text`: the text view
 * (issue 12); `compare` and `steps` (issue 14); `library`: the models and recent files, shown at start-up (issue 16).
 */
export type ToolPanel = 'find' | 'problems' | 'text' | 'compare' | 'steps' | 'library';

/** View state of templates, find and checks (issue 6): never saved, never an undo step. */
export type ToolSlice = {
  toolPanel: ToolPanel | null;
  /** Problems panel: show only this rule's problems (e.g. missing translations from the header count). */
  problemsFilter: string | null;
  /** Which template the "Adapt" wizard starts from: a bundled example's name, or null for the default. */
  adaptSource: string | null;
  setToolPanel: (panel: ToolPanel | null, problemsFilter?: string | null) => void;
  setAdaptSource: (name: string | null) => void;
};

export const createToolSlice: StateCreator<AppState, [], [], ToolSlice> = (set) => ({
  toolPanel: null,
  problemsFilter: null,
  adaptSource: null,
  setToolPanel: (toolPanel, problemsFilter = null) => set({ toolPanel, problemsFilter }),
  setAdaptSource: (adaptSource) => set({ adaptSource }),
});
