import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Element order as data (format v4). Each node and edge carries `order`, a fractional index
 * (`a0`, `a0V`, `a1`…): a string that sorts by plain code-unit comparison and always has room for
 * another key between two neighbours. So two writers who insert at the same time produce keys that
 * merge into one order without renumbering anybody else's elements, and moving one element rewrites
 * one key. The arrays in a document are kept sorted by key (the drawing order); this module is how
 * a list is sorted by its keys and how keys are given to elements that need one.
 *
 * A list in which no element has a key is in its array order (files written by hand, fixtures
 * built in code); it stays keyless under edits. Import turns a partly or badly keyed list into a
 * fully keyed one (io/repair/orderKeys.ts), and the 3 → 4 migration keys every list of a v3 file.
 */

export type Ordered = { id: string; order?: string };

/** Longer keys are treated as damaged: an honest key grows about one character per six inserts at one spot. */
export const ORDER_KEY_MAX_LENGTH = 512;

/** Whether `key` is a key fractional-indexing accepts (it throws on anything else). */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > ORDER_KEY_MAX_LENGTH) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** True when the list takes keys: it is empty (its first element gets one) or an element has one. */
export function usesKeys(list: readonly Ordered[]): boolean {
  return list.length === 0 || list.some((item) => item.order !== undefined);
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The list in key order. Stable, so equal keys keep their array order. An element without a
 * usable key travels with the element before it in the array (at the front when there is none),
 * which is where its author put it. Returns the same array when it is already in order.
 */
export function sortByOrder<T extends Ordered>(list: readonly T[]): T[] {
  const anchors: { key: string | null; index: number }[] = [];
  let key: string | null = null;
  for (let i = 0; i < list.length; i++) {
    const own = list[i].order;
    if (isOrderKey(own)) key = own;
    anchors.push({ key, index: i });
  }
  const sorted = [...anchors].sort((a, b) => {
    if (a.key !== b.key) return a.key === null ? -1 : b.key === null ? 1 : byKey(a.key, b.key) || a.index - b.index;
    return a.index - b.index;
  });
  return sorted.every((a, i) => a.index === i) ? (list as T[]) : sorted.map((a) => list[a.index]);
}

/** Indices of a longest strictly increasing run of usable keys (patience sorting), in order. */
function keptIndices(list: readonly Ordered[]): Set<number> {
  const tails: number[] = []; // tails[k]: index ending the best run of length k + 1
  const before = new Array<number>(list.length).fill(-1);
  for (let i = 0; i < list.length; i++) {
    const key = list[i].order;
    if (!isOrderKey(key)) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[tails[mid]].order as string) < key) lo = mid + 1;
      else hi = mid;
    }
    // An equal key ends a run no better: the earlier element keeps it, a repeat gets a new one.
    if (lo < tails.length && list[tails[lo]].order === key) continue;
    before[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i !== -1; i = before[i]) kept.add(i);
  return kept;
}

/**
 * Gives keys so that they increase along the array, changing as few as possible: a longest run of
 * already increasing keys is kept, and every other element (new, keyless, repeated, damaged or out
 * of place) gets a key between its kept neighbours. Unchanged elements keep their objects; the
 * same array comes back when nothing changes. Call it with the array in the intended order.
 */
export function settleKeys<T extends Ordered>(list: readonly T[]): T[] {
  const kept = keptIndices(list);
  if (kept.size === list.length) return list as T[];
  const out = [...list];
  for (let i = 0; i < out.length; ) {
    if (kept.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && !kept.has(j)) j++;
    const lo = i > 0 ? (out[i - 1].order as string) : null;
    const hi = j < out.length ? (out[j].order as string) : null;
    const keys = generateNKeysBetween(lo, hi, j - i);
    for (let k = i; k < j; k++) out[k] = { ...out[k], order: keys[k - i] };
    i = j;
  }
  return out;
}

/**
 * After an edit rebuilt a list in its intended order: settles the keys if the list took keys
 * before the edit (`usesKeys(before)`), and leaves a keyless list keyless.
 */
export function keepKeys<T extends Ordered>(before: readonly Ordered[], after: readonly T[]): T[] {
  return usesKeys(before) ? settleKeys(after) : (after as T[]);
}

/** The element without its key: a pasted copy gets a new key where it lands. */
export function withoutKey<T extends Ordered>(item: T): T {
  if (item.order === undefined) return item;
  const { order: _order, ...rest } = item;
  return rest as T;
}

/** Keys for every element in array order (`a0`, `a1`…), as the 3 → 4 migration gives them. */
export function keysInArrayOrder(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}
