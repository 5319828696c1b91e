/**
 * Structural sharing between two versions of a model (issue 13): elements that did not change keep
 * their old object, so React Flow (which reuses a node only when it receives the same object) and
 * the flow-element caches do no work for them. Used when a model arrives whole, e.g. from a peer.
 */
import type { TheoryModel } from './types';

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => equal(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function shareList<E extends { id: string }>(before: readonly E[], after: readonly E[]): E[] {
  const old = new Map(before.map((e) => [e.id, e]));
  let changed = before.length !== after.length;
  const out = after.map((e, i) => {
    const prev = old.get(e.id);
    const kept = prev && equal(prev, e) ? prev : e;
    if (kept !== before[i]) changed = true;
    return kept;
  });
  return changed ? out : (before as E[]);
}

/** `after`, reusing every part of `before` that is equal to its counterpart; `before` itself when nothing changed. */
export function shareUnchanged(before: TheoryModel, after: TheoryModel): TheoryModel {
  const nodes = shareList(before.nodes, after.nodes);
  const edges = shareList(before.edges, after.edges);
  const next: TheoryModel = { ...after, nodes, edges };
  for (const key of Object.keys(next) as (keyof TheoryModel)[]) {
    if (key !== 'nodes' && key !== 'edges' && equal(before[key], next[key])) (next as Record<string, unknown>)[key] = before[key];
  }
  return equal(Object.keys(before).filter((k) => before[k as keyof TheoryModel] !== undefined).sort(), Object.keys(next).filter((k) => next[k as keyof TheoryModel] !== undefined).sort()) &&
    (Object.keys(next) as (keyof TheoryModel)[]).every((k) => next[k] === before[k])
    ? before
    : next;
}
