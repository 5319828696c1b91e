import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** Alignment guides shown while dragging: flow coordinates of vertical (x) and horizontal (y) lines. */
export type Guides = { x: number[]; y: number[] };

/** View state of hand placement (issue 10, item 6): never saved, never an undo step. */
export type PlacementSlice = {
  /** Dragged nodes snap to the canvas's dot grid. */
  snapToGrid: boolean;
  /** Lines where the dragged node lines up with another node; null when not dragging. */
  guides: Guides | null;
  setSnapToGrid: (on: boolean) => void;
  setGuides: (guides: Guides | null) => void;
};

export const createPlacementSlice: StateCreator<AppState, [], [], PlacementSlice> = (set) => ({
  snapToGrid: false,
  guides: null,
  setSnapToGrid: (snapToGrid) => set({ snapToGrid }),
  setGuides: (guides) => set({ guides }),
});
