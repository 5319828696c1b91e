/**
 * The storage the autosave writes to, passed in as a getter so tests can hand in a fake one and
 * so that merely *touching* `window.localStorage` — which throws a SecurityError when the browser
 * blocks site data — happens inside a try, never at module load.
 */

/** The part of the Web Storage API the autosave uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Returns the storage, or throws when it is unavailable. */
export type StorageGetter = () => StorageLike;

export const browserStorage: StorageGetter = () => window.localStorage;

export type StorageFault = 'quota' | 'unavailable';

/**
 * Storage full vs. storage unavailable. Browsers name a full storage differently: Chromium and
 * Safari throw DOMException "QuotaExceededError" (legacy code 22), old Firefox
 * "NS_ERROR_DOM_QUOTA_REACHED" (code 1014). Everything else (SecurityError, a missing
 * localStorage, a broken implementation) means we cannot save at all.
 */
export function classifyStorageError(error: unknown): StorageFault {
  if (typeof error === 'object' && error !== null) {
    const { name, code } = error as { name?: unknown; code?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'quota';
  }
  return 'unavailable';
}

export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A new random id for this page load's tab. */
export function newTabId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  // randomUUID exists only in secure contexts (https, localhost); a LAN http address has none.
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** An in-memory storage: tests and the benchmark use it. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
