import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** View state of editing (issue 3, part A): never saved, never an undo step. */
export type EditSlice = {
  /** The kind the palette or a double-click last added; double-click on the canvas adds this kind. */
  lastKind: string | null;
  /** The edge whose relation picker is open (right after connecting), or null. */
  relationPicker: string | null;
  /** The open app dialog (`'shortcuts'`, …), or null. */
  dialog: string | null;
  setLastKind: (kind: string) => void;
  setRelationPicker: (edgeId: string | null) => void;
  setDialog: (id: string | null) => void;
};

export const createEditSlice: StateCreator<AppState, [], [], EditSlice> = (set) => ({
  lastKind: null,
  relationPicker: null,
  dialog: null,
  setLastKind: (lastKind) => set({ lastKind }),
  setRelationPicker: (relationPicker) => set({ relationPicker }),
  setDialog: (dialog) => set({ dialog }),
});
