/**
 * The part of the migration that must run before start-up, synchronously: a copy of what
 * localStorage held. Its own small module so the first bundle does not carry the migration.
 */
import { DRAFT_KEY, RECOVERED_PREFIX } from '../persistence/keys';

/** The keys and values of localStorage (Storage has `length` and `key`, the autosave's fake does not need them). */
export type KeyedStorage = Pick<Storage, 'getItem' | 'key' | 'length'>;

/**
 * What localStorage held before this start-up wrote anything: taken synchronously first thing
 * (main.tsx), because start-up writes the opened example as the new draft, and a first visit's
 * example must not end up in the library as if it were the user's old work.
 */
export type StorageSnapshot = { draft: string | null; recovered: [key: string, value: string][] };

export function snapshotLocalStorage(get: () => KeyedStorage = () => window.localStorage): StorageSnapshot {
  try {
    const storage = get();
    const recovered: [string, string][] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const value = key !== null && key.startsWith(RECOVERED_PREFIX) ? storage.getItem(key) : null;
      if (key !== null && value !== null) recovered.push([key, value]);
    }
    return { draft: storage.getItem(DRAFT_KEY), recovered };
  } catch {
    return { draft: null, recovered: [] };
  }
}
