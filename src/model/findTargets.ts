import type { Hit } from './findReplace';

/** A canvas element a find hit is in. */
export type FindTarget = { type: 'node' | 'edge'; id: string };

/**
 * The canvas elements holding find hits, each once, in the order of the hits (issue 14): what the
 * canvas marks and what Next/Previous step through. A hit in any language's text counts, so a
 * search in English finds an element shown in Chinese. Hits in the title or vocabulary are not on
 * the canvas.
 */
export function findTargets(hits: readonly Hit[]): FindTarget[] {
  const seen = new Set<string>();
  const out: FindTarget[] = [];
  for (const { field } of hits) {
    const owner = field.owner;
    if (owner.type !== 'node' && owner.type !== 'edge') continue;
    const key = `${owner.type}:${owner.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: owner.type, id: owner.id });
  }
  return out;
}
