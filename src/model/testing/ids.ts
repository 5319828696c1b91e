import type { IdGenerator } from '../ids';

/**
 * A deterministic id generator for tests: `stem-1`, `stem-2`… per stem, counting on from N for a
 * stem that ends in `-N` (a copy of `actor-2` is `actor-3`). Together with `freshId`, which skips
 * ids the model already has, it hands out the ids the app made before ids were random, so tests
 * can name the ids they expect. Each call makes a generator with its own counters.
 */
export function sequentialIds(): IdGenerator {
  const next = new Map<string, number>();
  return (stem) => {
    const m = /^(.*)-(\d+)$/.exec(stem);
    const base = m ? m[1] : stem;
    const n = Math.max(next.get(base) ?? 1, m ? Number(m[2]) + 1 : 1);
    next.set(base, n + 1);
    return `${base}-${n}`;
  };
}
