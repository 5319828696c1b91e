/**
 * What the library dialog shows, refreshed by the library actions after every change. Kept
 * outside the app store for the same reason as the file session (files/session.ts).
 */
import { create } from 'zustand';
import type { ModelRecord, RecentRecord, VersionRecord } from './records';

export type LibraryViewState = {
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
  models: ModelRecord[];
  recent: RecentRecord[];
  /** Versions of the model whose list is open, or null. */
  versionsOf: string | null;
  versions: VersionRecord[];
  /** The library panel was opened by start-up: once shown, it fits the figure into the narrower canvas. */
  shownAtStart: boolean;
};

export const useLibraryView = create<LibraryViewState>()(() => ({ status: 'idle', models: [], recent: [], versionsOf: null, versions: [], shownAtStart: false }));
