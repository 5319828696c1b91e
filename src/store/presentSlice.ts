import type { StateCreator } from 'zustand';
import { NO_FILTERS, type DiffMarks, type Filters, type Focus } from '../model/emphasis';
import type { TheoryModel } from '../model/types';
import type { AppState } from './appStore';

/** Find matches shown on the canvas: the elements holding a hit, and the one the view is on. */
export type FindMarks = { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; current: { type: 'node' | 'edge'; id: string } | null };

/**
 * View state of reading a model (issue 14): focus, legend filters, find marks on the canvas.
 * Never saved, never an undo step (history tracks `doc` only).
 */
/**
 * A step's view on the canvas (issue 14): `present` is presentation mode (full screen, no editing
 * chrome), `preview` shows a step while editing (the steps panel, a step export). `index` is into
 * the shown steps (store/presentationActions.ts `shownSteps`).
 */
export type StepView = { mode: 'present' | 'preview'; index: number; notes: boolean };

export type PresentSlice = {
  stepView: StepView | null;
  setStepView: (view: StepView | null) => void;
  focus: Focus | null;
  filters: Filters;
  findMarks: FindMarks | null;
  /** The compare overlay: what of the open model is gone or changed in the model compared with. */
  diffMarks: DiffMarks | null;
  setDiffMarks: (marks: DiffMarks | null) => void;
  /**
   * A model handed to the compare panel from elsewhere (a saved version in the library, issue 16):
   * the panel takes it as "the other model" and clears this.
   */
  compareWith: { name: string; doc: TheoryModel } | null;
  setCompareWith: (other: { name: string; doc: TheoryModel } | null) => void;
  setFocus: (focus: Focus | null) => void;
  setFilters: (filters: Filters) => void;
  setFindMarks: (marks: FindMarks | null) => void;
};

export const createPresentSlice: StateCreator<AppState, [], [], PresentSlice> = (set) => ({
  stepView: null,
  setStepView: (stepView) => set({ stepView }),
  focus: null,
  filters: NO_FILTERS,
  findMarks: null,
  diffMarks: null,
  setDiffMarks: (diffMarks) => set({ diffMarks }),
  compareWith: null,
  setCompareWith: (compareWith) => set({ compareWith }),
  setFocus: (focus) => set({ focus }),
  setFilters: (filters) => set({ filters }),
  setFindMarks: (findMarks) => set({ findMarks }),
});
