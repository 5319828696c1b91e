/**
 * The database under the library, as five object stores of records keyed by `id`. The app uses
 * IndexedDB (idbBackend.ts, loaded lazily with idb); tests use the in-memory one below, which
 * copies values with structuredClone the way IndexedDB does, so a test cannot pass by sharing
 * objects with the "database".
 */
import type { StoreName } from './records';

export type Put = { store: StoreName; value: { id: string; [field: string]: unknown } };

export interface LibraryBackend {
  getAll(store: StoreName): Promise<unknown[]>;
  /** Keys with values: a broken record may have no usable `id`, and is moved aside by its key. */
  entries(store: StoreName): Promise<[key: string, value: unknown][]>;
  get(store: StoreName, id: string): Promise<unknown>;
  /** All of these, or (on any failure) none: one transaction. */
  putAll(puts: readonly Put[], deletes?: readonly { store: StoreName; id: string }[]): Promise<void>;
  delete(store: StoreName, id: string): Promise<void>;
}

export class MemoryBackend implements LibraryBackend {
  readonly stores = new Map<StoreName, Map<string, unknown>>();
  /** Set to make the next writes fail like a full disk (tests of the quota path). */
  failWrites: Error | null = null;

  private of(store: StoreName): Map<string, unknown> {
    let map = this.stores.get(store);
    if (!map) this.stores.set(store, (map = new Map()));
    return map;
  }
  getAll(store: StoreName): Promise<unknown[]> {
    return Promise.resolve([...this.of(store).values()].map((v) => structuredClone(v)));
  }
  entries(store: StoreName): Promise<[string, unknown][]> {
    return Promise.resolve([...this.of(store).entries()].map(([k, v]) => [k, structuredClone(v)] as [string, unknown]));
  }
  get(store: StoreName, id: string): Promise<unknown> {
    const v = this.of(store).get(id);
    return Promise.resolve(v === undefined ? undefined : structuredClone(v));
  }
  putAll(puts: readonly Put[], deletes: readonly { store: StoreName; id: string }[] = []): Promise<void> {
    if (this.failWrites) return Promise.reject(this.failWrites);
    const copies = puts.map((p) => ({ store: p.store, value: structuredClone(p.value) }));
    for (const p of copies) this.of(p.store).set(p.value.id, p.value);
    for (const d of deletes) this.of(d.store).delete(d.id);
    return Promise.resolve();
  }
  delete(store: StoreName, id: string): Promise<void> {
    if (this.failWrites) return Promise.reject(this.failWrites);
    this.of(store).delete(id);
    return Promise.resolve();
  }
  /** A raw write that skips every check: tests plant broken records with it. */
  plant(store: StoreName, id: string, value: unknown): void {
    this.of(store).set(id, value);
  }
}
