/**
 * Reading the saved draft back at start-up. Whatever is stored, this never throws and never
 * blocks start-up: a readable draft comes back through the import path's front door
 * (`importModelAsync(data, { source: 'autosave' })`: the zod-free fast path for what the app wrote,
 * the full importModel, loaded then, for anything else);
 * anything else (corrupt, cut off, not ours, a newer format version) is moved untouched to a
 * recovered key and reported, and unreadable storage is reported as such.
 */
import { importModelAsync } from '../../io/importLazy';
import type { ImportError, RepairNote } from '../../io/types';
import type { TheoryModel } from '../../model/types';
import { readEnvelope } from './envelope';
import { DRAFT_KEY, PREVIOUS_DRAFT_KEY } from './keys';
import { moveToRecovered, unreadableDownload, type DraftDownload } from './recover';
import { errorText, type StorageGetter, type StorageLike } from './storage';

export type StartupDraft =
  | { kind: 'none' }
  | { kind: 'draft'; model: TheoryModel; revision: number; report: RepairNote[]; raw: string }
  | {
      kind: 'unreadable';
      error: ImportError;
      /** Where the data now is; null if it could not be moved (it then stays under the draft key). */
      recoveredKey: string | null;
      download: DraftDownload;
    }
  | { kind: 'unavailable'; message: string };

export type LoadedDraft = { ok: true; model: TheoryModel; revision: number; report: RepairNote[] } | { ok: false; error: ImportError };

/** Stored text → model, through the one import path. */
export async function loadDraftText(raw: string): Promise<LoadedDraft> {
  const read = readEnvelope(raw);
  if (!read.ok) return read;
  const imported = await importModelAsync(read.envelope.data, { source: 'autosave' });
  if (!imported.ok) return imported;
  return { ok: true, model: imported.model, revision: read.envelope.revision, report: imported.report };
}

export async function readStartupDraft(getStorage: StorageGetter, now: number): Promise<StartupDraft> {
  let storage: StorageLike;
  let raw: string | null;
  try {
    storage = getStorage();
    raw = storage.getItem(DRAFT_KEY);
  } catch (error) {
    return { kind: 'unavailable', message: errorText(error) };
  }
  if (raw === null) return { kind: 'none' };
  const loaded = await loadDraftText(raw);
  if (loaded.ok) return { kind: 'draft', ...loaded, raw };
  let recoveredKey: string | null = null;
  try {
    recoveredKey = moveToRecovered(storage, raw, now);
  } catch {
    // Storage full: the data stays where it is; the autosaver will not write over it (autosaver.ts).
  }
  return { kind: 'unreadable', error: loaded.error, recoveredKey, download: unreadableDownload(raw, now) };
}

/**
 * Keeps the draft `raw` as the "previous draft" before an explicit `?example=` replaces it.
 * @returns false when it could not be written (storage full or gone)
 */
export function keepPreviousDraft(getStorage: StorageGetter, raw: string): boolean {
  try {
    const storage = getStorage();
    storage.setItem(PREVIOUS_DRAFT_KEY, raw);
    return storage.getItem(PREVIOUS_DRAFT_KEY) === raw;
  } catch {
    return false;
  }
}

/** The kept previous draft; `null` when there is none (or storage cannot be read). */
export async function readPreviousDraft(getStorage: StorageGetter): Promise<LoadedDraft | null> {
  let raw: string | null;
  try {
    raw = getStorage().getItem(PREVIOUS_DRAFT_KEY);
  } catch {
    return null;
  }
  return raw === null ? null : loadDraftText(raw);
}
