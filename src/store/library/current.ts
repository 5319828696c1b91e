/**
 * Which library record the open model is kept in survives a reload: the draft (localStorage)
 * is the working copy the app reopens, and this key says which record it belongs to, so the
 * record is brought up to date with the draft at start-up (a write lost when the page closed
 * is made then).
 */
import { browserStorage, type StorageGetter } from '../persistence/storage';

export const CURRENT_KEY = 'theory-model-editor:library:current';

export function rememberCurrent(id: string | null, storage: StorageGetter = browserStorage): void {
  try {
    if (id === null) storage().removeItem(CURRENT_KEY);
    else storage().setItem(CURRENT_KEY, id);
  } catch {
    // storage full or blocked: the link is lost at the next start, the record and draft are not
  }
}

export function readCurrent(storage: StorageGetter = browserStorage): string | null {
  try {
    return storage().getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}
