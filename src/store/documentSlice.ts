import type { StateCreator } from 'zustand';
import { blankModel } from '../model/blank';
import type { TheoryModel } from '../model/types';
import type { AppState } from './appStore';
import type { CaptureUpdate, History } from './history';

export type DocumentSlice = {
  /** The open model: the only state that is saved and undone. */
  doc: TheoryModel;
  /**
   * Replaces the document with the result of a pure edit, under a history policy (history.ts):
   * by default a new undo step. Returns whether the document changed.
   */
  edit: (change: (doc: TheoryModel) => TheoryModel, policy?: CaptureUpdate) => boolean;
  /** Replaces the whole document (open example, import); one undo step. */
  replaceDocument: (doc: TheoryModel) => void;
};

/** `capture` is the editor's history entry point: every document write goes through it. */
export const createDocumentSlice =
  (capture: History['capture']): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => ({
    doc: blankModel(),
    edit: (change, policy = 'record') => {
      const before = get().doc;
      const after = change(before);
      if (after === before) return false;
      capture(policy, () => set({ doc: after }));
      return true;
    },
    replaceDocument: (doc) =>
      capture('record', () => set({ doc, selection: { nodes: new Set(), edges: new Set() }, loadCount: get().loadCount + 1 })),
  });
