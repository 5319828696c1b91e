import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** What a context menu was opened on: it lists the commands that apply there (commands/menus.ts). */
export type ContextTarget = 'node' | 'edge' | 'pane';

/** An open context menu: where (client pixels) and on what. */
export type ContextMenuState = { x: number; y: number; on: ContextTarget };

/**
 * View state of working from the keyboard (issue 14 §6): the open context menu, and the node whose
 * label the Inspector should start editing (a node just added). Never saved, never an undo step.
 */
export type KeysSlice = {
  contextMenu: ContextMenuState | null;
  /** A node just added: the Inspector focuses its label field, text selected, then clears this. */
  labelEditFor: string | null;
  setContextMenu: (menu: ContextMenuState | null) => void;
  setLabelEditFor: (id: string | null) => void;
};

export const createKeysSlice: StateCreator<AppState, [], [], KeysSlice> = (set) => ({
  contextMenu: null,
  labelEditFor: null,
  setContextMenu: (contextMenu) => set({ contextMenu }),
  setLabelEditFor: (labelEditFor) => set({ labelEditFor }),
});
