import type { StateCreator } from 'zustand';
import { blankModel } from '../model/blank';
import type { TheoryModel } from '../model/types';
import type { AppState } from './appStore';

export type DocumentSlice = {
  /** The open model: the only state that is saved and undone. */
  doc: TheoryModel;
  /** Replaces the document with the result of a pure edit; one undo step when it changed. */
  edit: (change: (doc: TheoryModel) => TheoryModel) => void;
  /** Replaces the whole document (open example, import); one undo step. */
  replaceDocument: (doc: TheoryModel) => void;
};

export const createDocumentSlice: StateCreator<AppState, [['temporal', unknown]], [], DocumentSlice> = (set, get) => ({
  doc: blankModel(),
  edit: (change) => {
    const before = get().doc;
    const after = change(before);
    if (after !== before) set({ doc: after });
  },
  replaceDocument: (doc) =>
    set({ doc, selection: { nodes: new Set(), edges: new Set() }, loadCount: get().loadCount + 1 }),
});
