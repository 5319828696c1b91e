/**
 * A draft that hangs the tab must not hang it again on every reload (issue 17; the trap of
 * codesandbox/codesandbox-client#1358). Before the saved draft is opened at start-up a marker is
 * written; once the opened draft has painted, the marker is removed, or kept as "slow" when that
 * took longer than SLOW_DRAFT_MS. A marker found at the next start means the last opening
 * stalled (the tab froze or closed first) or was slow: the draft is then NOT opened automatically;
 * the user is asked, and the draft is kept.
 */
import type { StorageGetter } from './storage';

export const LOAD_GUARD_KEY = 'theory-model-editor:draft:loading';

/** Longer than this to open and paint the draft counts as slow. */
export const SLOW_DRAFT_MS = 3_000;

export type DraftGuard = { kind: 'none' } | { kind: 'stalled' } | { kind: 'slow'; ms: number };

export function readDraftGuard(getStorage: StorageGetter): DraftGuard {
  let raw: string | null;
  try {
    raw = getStorage().getItem(LOAD_GUARD_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const value = JSON.parse(raw) as { state?: unknown; ms?: unknown };
    if (value.state === 'slow' && typeof value.ms === 'number' && Number.isFinite(value.ms)) return { kind: 'slow', ms: value.ms };
  } catch {
    // a damaged marker still means the last opening did not finish cleanly
  }
  return { kind: 'stalled' };
}

const write = (getStorage: StorageGetter, value: string | null) => {
  try {
    const storage = getStorage();
    if (value === null) storage.removeItem(LOAD_GUARD_KEY);
    else storage.setItem(LOAD_GUARD_KEY, value);
  } catch {
    // storage full or gone: without the marker the guard cannot help, but nothing else breaks
  }
};

export const beginDraftLoad = (getStorage: StorageGetter, now: number) => write(getStorage, JSON.stringify({ state: 'loading', startedAt: now }));

export function endDraftLoad(getStorage: StorageGetter, ms: number): void {
  write(getStorage, ms > SLOW_DRAFT_MS ? JSON.stringify({ state: 'slow', ms: Math.round(ms) }) : null);
}

export const clearDraftGuard = (getStorage: StorageGetter) => write(getStorage, null);
