/**
 * Test doubles for the autosave: storages that fail like browsers do, a storage shared by several
 * simulated tabs (each write reaches the *other* tabs as a `storage` event, as in a browser), and
 * a small model generator. Used by tests and the benchmark only.
 */
import { blankModel } from '../../../model/blank';
import type { ModelEdge, ModelNode, TheoryModel } from '../../../model/types';
import { MemoryStorage } from '../storage';
import { seededRandom } from '../../../model/random';

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const securityError = () => new DOMException('Access is denied for this document.', 'SecurityError');

/** A memory storage whose writes (or reads) throw while `failWrites`/`failReads` is set. */
export class FaultyStorage extends MemoryStorage {
  failWrites: (() => unknown) | null = null;
  failReads: (() => unknown) | null = null;
  writes = 0;
  override getItem(key: string): string | null {
    if (this.failReads) throw this.failReads();
    return super.getItem(key);
  }
  override setItem(key: string, value: string): void {
    if (this.failWrites) throw this.failWrites();
    this.writes++;
    super.setItem(key, value);
  }
}

type Listener = (key: string, newValue: string | null) => void;

/** One origin's localStorage seen by several tabs. */
export class SharedStorage extends MemoryStorage {
  private readonly tabs = new Map<string, Listener>();
  /** The storage as tab `name` sees it: its own writes are not echoed back to it. */
  tab(name: string, onStorage: Listener) {
    this.tabs.set(name, onStorage);
    const setItem = (key: string, value: string) => {
      super.setItem(key, value);
      for (const [other, listener] of this.tabs) if (other !== name) listener(key, value);
    };
    return {
      getItem: (key: string) => this.getItem(key),
      setItem,
      removeItem: (key: string) => this.removeItem(key),
    };
  }
}

/** A model with `n` nodes and about 1.5·n edges, the same for the same seed. */
export function generatedModel(n: number, seed = 1): TheoryModel {
  const random = seededRandom(seed);
  const kinds = ['actor', 'driver', 'resource'];
  const nodes: ModelNode[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    kind: kinds[i % 3],
    label: `要素 ${i} element with a longer label`,
    position: { x: Math.round(random() * 4000), y: Math.round(random() * 3000) },
    labels: { en: `Element ${i}` },
  }));
  const edges: ModelEdge[] = Array.from({ length: Math.round(n * 1.5) }, (_, i) => {
    const source = Math.floor(random() * n);
    const target = (source + 1 + Math.floor(random() * (n - 1))) % n;
    return { id: `e${i}`, source: `n${source}`, target: `n${target}`, relation: 'cooperates' };
  });
  return { ...blankModel(`Generated ${n}`, new Date(0)), nodes, edges };
}
