import type { StateCreator } from 'zustand';
import { randomIds, type IdGenerator } from '../model/ids';
import type { AppState } from './appStore';

/**
 * Where the store's actions get new element ids from (random in the app). The pure edits take the
 * generator as a parameter; this field is the one injection point, so a test can install a
 * deterministic generator (model/testing/ids.ts). It belongs to the editor object of issue 11
 * (`createEditor({ idGenerator })` → `editor.ids`) once that exists. Never saved, never undone.
 */
export type IdSlice = {
  ids: IdGenerator;
  setIdGenerator: (ids: IdGenerator) => void;
};

export const createIdSlice: StateCreator<AppState, [['temporal', unknown]], [], IdSlice> = (set) => ({
  ids: randomIds(),
  setIdGenerator: (ids) => set({ ids }),
});
