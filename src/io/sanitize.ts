/**
 * Step 2b: a defensive deep copy of parsed input.
 *
 * - Drops the keys `__proto__`, `constructor` and `prototype` at any depth. JSON.parse itself
 *   stores `__proto__` as a harmless own property, but the first later spread or merge turns it
 *   into prototype pollution (mermaid-js/mermaid#2218, directus/directus#13191), so they never get
 *   past the boundary. No theory-model field has these names, so dropping them loses nothing.
 * - Keeps only JSON-shaped values, so an object handed in directly (autosave, tests) cannot bring
 *   functions, getters' side effects on later reads, class instances or cycles along.
 * - Bounds nesting depth: a real file nests 6 levels; 100 levels is garbage and would otherwise
 *   risk a stack overflow in later recursive steps.
 */

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 100;

export type SanitizeResult =
  | { ok: true; value: unknown; droppedPaths: PropertyKey[][] }
  | { ok: false; reason: 'too-deep' };

class TooDeep extends Error {}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function sanitize(input: unknown): SanitizeResult {
  const droppedPaths: PropertyKey[][] = [];

  // Returns undefined for values JSON cannot hold; callers omit them (objects) or null them (arrays).
  function copy(value: unknown, path: PropertyKey[]): unknown {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return value; // non-finite numbers are the schema's job to name
    if (typeof value !== 'object') return undefined;
    if (path.length >= MAX_DEPTH) throw new TooDeep();
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        const copied = copy(item, [...path, i]);
        return copied === undefined ? null : copied;
      });
    }
    if (!isPlainObject(value)) return undefined;
    // No prototype: later steps index it by keys from the file (issue 17).
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        droppedPaths.push([...path, key]);
        continue;
      }
      const copied = copy((value as Record<string, unknown>)[key], [...path, key]);
      if (copied !== undefined) out[key] = copied;
    }
    return out;
  }

  try {
    return { ok: true, value: copy(input, []), droppedPaths };
  } catch (error) {
    // A RangeError (call stack) is the same problem as TooDeep: absurd nesting.
    if (error instanceof TooDeep || error instanceof RangeError) return { ok: false, reason: 'too-deep' };
    throw error;
  }
}
