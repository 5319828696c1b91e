import type { StateCreator } from 'zustand';
import type { Point, Size } from '../model/types';
import type { AppState } from './appStore';
import type { LayoutReveal } from './layoutReveal';

/**
 * The auto-layout choices of the layout menu (issue 4). The choice is view state: it is not saved
 * and not undone. Only the Figure preset's own settings (direction, bands) live in the document
 * (`doc.layout`), because they describe how this model's figure should look.
 */
export const LAYOUT_CHOICES = ['figure', 'layered-right', 'layered-down', 'organic', 'radial', 'selection'] as const;
export type LayoutChoice = (typeof LAYOUT_CHOICES)[number];

/** A frame of the layout animation: where a node is drawn (and a group's size) instead of its saved place. */
export type TweenFrame = ReadonlyMap<string, { position: Point; size?: Size }>;

/** View state of auto-layout: never saved, never an undo step. */
export type LayoutSlice = {
  layoutChoice: LayoutChoice;
  /** True from "Auto layout" until the worker answers (or fails, or is cancelled). */
  layoutRunning: boolean;
  /**
   * While the result is animated in: drawn positions that override the document's for a few
   * frames. The document already holds the final positions (one undo step); this is only paint.
   */
  layoutTween: TweenFrame | null;
  /** While a large result is revealed in slices (layoutReveal.ts): the nodes still drawn where they were. */
  layoutReveal: LayoutReveal | null;
  /**
   * True from the commit of a layout result until its routes are stored and shown: the route
   * scheduler waits meanwhile, instead of routing (and redrawing) every intermediate state.
   */
  layoutApplying: boolean;
  setLayoutApplying: (applying: boolean) => void;
  setLayoutChoice: (choice: LayoutChoice) => void;
  setLayoutRunning: (running: boolean) => void;
  setLayoutTween: (frame: TweenFrame | null) => void;
  setLayoutReveal: (reveal: LayoutReveal | null) => void;
};

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  layoutChoice: 'figure',
  layoutRunning: false,
  layoutTween: null,
  layoutReveal: null,
  layoutApplying: false,
  setLayoutApplying: (layoutApplying) => set({ layoutApplying }),
  setLayoutChoice: (layoutChoice) => set({ layoutChoice }),
  setLayoutRunning: (layoutRunning) => set({ layoutRunning }),
  setLayoutTween: (layoutTween) => set({ layoutTween }),
  setLayoutReveal: (layoutReveal) => set({ layoutReveal }),
});
