/**
 * mulberry32: a tiny seeded PRNG, good enough to pick nodes, sizes and labels. Used by the test
 * fixtures and benchmarks (layout/fixtures.ts, io/export/testing/bigModel.ts), so a failing test
 * or a benchmark row can be reproduced exactly. Not used by the app.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
