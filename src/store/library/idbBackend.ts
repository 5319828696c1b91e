/**
 * The library in IndexedDB (idb 8). Loaded with `import()` only when the library is first used,
 * so idb is not in the first bundle. One database, version 1, five stores keyed by `id`; a
 * later schema change adds an `upgrade` step here, never deletes a store.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { LibraryBackend, Put } from './backend';
import type { StoreName } from './records';

export const DB_NAME = 'theory-model-editor';
const STORES: readonly StoreName[] = ['models', 'versions', 'recent', 'aside', 'meta'];

export async function openIdbBackend(factory?: IDBFactory): Promise<LibraryBackend> {
  if (factory === undefined && typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  const db: IDBPDatabase = await openDB(DB_NAME, 1, {
    upgrade(upgrading) {
      for (const name of STORES) if (!upgrading.objectStoreNames.contains(name)) upgrading.createObjectStore(name, { keyPath: 'id' });
    },
    // Another tab opened a newer version of the app: let it upgrade instead of blocking it.
    blocking() {
      db.close();
    },
  });
  return {
    getAll: (store) => db.getAll(store),
    async entries(store) {
      const tx = db.transaction(store, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return keys.map((k, i) => [String(k), values[i]] as [string, unknown]);
    },
    get: (store, id) => db.get(store, id),
    async putAll(puts: readonly Put[], deletes = []) {
      const names = [...new Set([...puts.map((p) => p.store), ...deletes.map((d) => d.store)])];
      if (names.length === 0) return;
      const tx = db.transaction(names, 'readwrite');
      // Queue every request, then wait for the transaction: a failed one aborts all of them.
      const requests: Promise<unknown>[] = [...puts.map((p) => tx.objectStore(p.store).put(p.value)), ...deletes.map((d) => tx.objectStore(d.store).delete(d.id))];
      await Promise.all([...requests, tx.done]);
    },
    delete: (store, id) => db.delete(store, id),
  };
}
