import { customAlphabet } from 'nanoid';

/**
 * Fresh element ids. An id is a readable stem and a random suffix (`actor-4fT9qLm2Xa`): random so
 * that two people editing the same model at once (co-editing, two tabs merged) never make the same
 * id, readable so a saved file still says what an element is. Ids already in a file are kept.
 * The generator is a parameter of every pure edit that creates elements, so tests inject a
 * deterministic one (model/testing/ids.ts) and the store passes the editor's.
 */

/** Makes a new id from a stem (`actor`, `e`, or the id of a copied element). */
export type IdGenerator = (stem: string) => string;

/**
 * 10 characters of 62: 59.5 bits. Two writers making a million ids each collide with probability
 * about 10¹²/2⁶⁰ ≈ 1e-6; within one document `freshId` also skips any id already taken.
 * Letters and digits only, so the suffix never looks like a separator and `stemOf` can find it.
 */
const SUFFIX_LENGTH = 10;
const suffix = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', SUFFIX_LENGTH);

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
 * The stem of an existing id, so a copy of `actor-4fT9qLm2Xa` is `actor-…` again rather than
 * growing a suffix per copy. Strips one random suffix of ours, or a number (`actor-3`, the ids of
 * files saved before random ids). Cosmetic only: uniqueness never depends on it.
 */
export function stemOf(id: string): string {
  const m = new RegExp(`^(.+)-(?:[0-9A-Za-z]{${SUFFIX_LENGTH}}|\\d+)$`).exec(id);
  return m ? m[1] : id;
}

/** The app's generator: the stem of what it is given, then a random suffix. */
export function randomIds(): IdGenerator {
  return (stem) => `${stemOf(stem) || 'node'}-${suffix()}`;
}

/**
 * An id from `newId` that is not in `taken`. With random ids a clash is all but impossible; with a
 * counting test generator this is what skips `actor-1` when the model already has it.
 */
export function freshId(newId: IdGenerator, stem: string, taken: { has: (id: string) => boolean }): string {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const id = newId(stem);
    if (!taken.has(id)) return id;
  }
  throw new Error(`freshId: the id generator kept returning taken ids for "${stem}"`);
}
