/**
 * Fresh element ids. Ids are readable and deterministic (`actor-3`, `e-12`), not random: a test,
 * an undo and a redo of the same edit produce the same ids, and a saved file stays diffable.
 */

/** Turns any text into an id stem: lower-case ASCII words joined by `-`, or `node` when none remain. */
export function idStem(text: string, fallback = 'node'): string {
  const stem = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  return stem || fallback;
}

/**
 * Returns a function that hands out ids not in `taken` (nor handed out before): `stem-1`, `stem-2`…
 * A stem ending in `-N` counts on from N, so copying `actor-2` gives `actor-3`, not `actor-2-1`.
 */
export function idAllocator(taken: Iterable<string>): (stem: string) => string {
  const used = new Set(taken);
  return (stem) => {
    const m = /^(.*)-(\d+)$/.exec(stem);
    const base = m ? m[1] : stem;
    let n = m ? Number(m[2]) + 1 : 1;
    while (used.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
