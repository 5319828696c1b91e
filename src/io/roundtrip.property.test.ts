/**
 * Properties of the file boundary over generated models and generated damage:
 *   1. a valid model survives export → import → export byte for byte, with an empty report;
 *   2. no damage to a valid file makes importModel throw; whatever loads is schema-valid and stable.
 */
import { inEnglish } from '../i18n/message';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importModel } from './importModel';
import { theoryModelSchema } from './schema';
import { serializeModel } from './serialize';
import { validModelArb } from './testing/arbitraries';
import type { ImportErrorCode } from './types';

const RUNS = { numRuns: 150 };
const CODES: ImportErrorCode[] = ['too-large', 'empty', 'not-json', 'not-theory-model', 'future-version', 'invalid'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a JSON value, so a mutation can pick one. */
function allPaths(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

/** The value at `path`. */
function valueAtPath(root: Json, path: (string | number)[]): Json {
  let cur = root;
  for (const key of path) cur = (cur as Record<string | number, Json>)[key];
  return cur;
}

function containerOf(root: Json, path: (string | number)[]): Record<string | number, Json> {
  let cur = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, Json>;
  return cur;
}

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at): Mutation => (text) => text.slice(0, at % (text.length + 1))),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 })).map(
    ([at, ch]): Mutation => (text) => {
      const i = at % text.length;
      return text.slice(0, i) + ch + text.slice(i + 1);
    },
  ),
  fc.nat().map((pick): Mutation => (text) => {
    const root = JSON.parse(text) as Json;
    const paths = allPaths(root).filter((p) => p.length > 0);
    const path = paths[pick % paths.length];
    const parent = containerOf(root, path);
    if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
    else delete parent[path[path.length - 1]];
    return JSON.stringify(root);
  }),
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([pick, replacement]): Mutation => (text) => {
    const root = JSON.parse(text) as Json;
    const paths = allPaths(root).filter((p) => p.length > 0);
    const path = paths[pick % paths.length];
    containerOf(root, path)[path[path.length - 1]] = replacement as Json;
    return JSON.stringify(root);
  }),
  // Damage that repair should fix rather than refuse: repeated entries and rewired references.
  fc.nat().map((pick): Mutation => (text) => {
    const root = JSON.parse(text) as Json;
    const lists = allPaths(root)
      .map((p) => valueAtPath(root, p))
      .filter((v): v is Json[] => Array.isArray(v) && v.length > 0);
    if (lists.length === 0) return text;
    const list = lists[pick % lists.length];
    list.splice(pick % list.length, 0, structuredClone(list[(pick >> 3) % list.length]));
    return JSON.stringify(root);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([pick, other, fresh]): Mutation => (text) => {
    const root = JSON.parse(text) as Json;
    const refs = allPaths(root).filter((p) => ['id', 'source', 'target', 'parent', 'kind', 'relation'].includes(String(p[p.length - 1])));
    if (refs.length === 0) return text;
    const path = refs[pick % refs.length];
    const donor = refs[other % refs.length];
    containerOf(root, path)[path[path.length - 1]] = fresh ? `ghost-${other}` : containerOf(root, donor)[donor[donor.length - 1]];
    return JSON.stringify(root);
  }),
  fc.tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([pick, key]): Mutation => (text) => {
    const braces = [...text.matchAll(/\{/g)].map((m) => m.index);
    const at = braces[pick % braces.length] + 1;
    return `${text.slice(0, at)}"${key}":{"polluted":true,"prototype":{"polluted":true}},${text.slice(at)}`;
  }),
);

describe('round trip', () => {
  it('serialize(import(serialize(m))) is byte-identical to serialize(m), with nothing to repair', () => {
    fc.assert(
      fc.property(validModelArb, (model) => {
        const text = serializeModel(model);
        const result = importModel(text);
        if (!result.ok) throw new Error(`${inEnglish(result.error.message)}\n${result.error.details?.map(inEnglish).join('\n')}`);
        expect(result.report).toEqual([]);
        expect(serializeModel(result.model)).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('damaged files', () => {
  it('never make importModel throw; what loads is valid and re-serializes stably', () => {
    fc.assert(
      fc.property(validModelArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (model, mutations) => {
        let text = serializeModel(model);
        for (const mutate of mutations) {
          try {
            text = mutate(text);
          } catch {
            break; // a structural mutation needs parseable text; earlier damage may have broken it
          }
        }
        const result = importModel(text);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (!result.ok) {
          expect(CODES).toContain(result.error.code);
          expect(inEnglish(result.error.message)).not.toBe('');
          return;
        }
        expect(theoryModelSchema.safeParse(result.model).success).toBe(true);
        const again = importModel(serializeModel(result.model));
        expect(again.ok && serializeModel(again.model)).toBe(serializeModel(result.model));
        // Repair is idempotent: a repaired model needs no further change. Unknown kinds named in
        // from/to or bands are only ever noted, so that note may repeat.
        expect(again.ok && again.report.filter((n) => n.code !== 'unknown-kind-reference')).toEqual([]);
      }),
      RUNS,
    );
  });
});
