/**
 * The fast front door (io/importFront.ts) is the import path, not a second one: whatever it accepts,
 * importModel accepts with the identical model and report; what it gives up on goes to importModel.
 * And it does accept what the app writes, or it would not take zod off the start-up path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../model/types';
import { DEFAULT_BUDGETS } from './budgets';
import { DEFAULT_EXAMPLE, loadExampleText } from './examples';
import { importModelAsync, importModelFast } from './importFront';
import { importModel } from './importModel';
import { serializeModel } from './serialize';
import { PROTOTYPE_NAMES, validModelArb } from './testing/arbitraries';
import { validModel } from './testing/fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

const hostile = fc.oneof(
  fc.constantFrom<Json>(1e308, -1e308, 1e300, -0, 0.5, 2, -1, 7, 0, 1, 6.5, null, true, '', '#f00', '#12345', 'x', [], {}),
  fc.constantFrom<Json>(...PROTOTYPE_NAMES, 'group', 'rounded', 'dashed', 'straight', 'theory-model', FORMAT_VERSION - 1),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Replace a value anywhere, delete a key or item, or add a key (known or not) to an object. */
const mutation = fc.tuple(fc.nat(), fc.nat(3), hostile, fc.constantFrom('size', 'bends', 'labelAt', 'parent', 'selected', 'labels', 'order', 'width', '__proto__')).map(
  ([pick, how, value, key]) =>
    (root: Json): Json => {
      const all = paths(root).filter((p) => p.length > 0);
      const path = all[pick % all.length];
      let parent = root as Record<string | number, Json>;
      for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
      const last = path[path.length - 1];
      if (how === 0) parent[last] = value;
      else if (how === 1 && Array.isArray(parent)) parent.splice(last as number, 1);
      else if (how === 1) delete parent[last];
      else {
        const target = parent[last];
        if (target && typeof target === 'object' && !Array.isArray(target)) target[key] = value;
      }
      return root;
    },
);

const damaged = fc.tuple(validModelArb, fc.array(mutation, { minLength: 0, maxLength: 3 }), fc.boolean()).map(([model, mutations, asText]) => {
  let value = JSON.parse(serializeModel(model)) as Json;
  for (const mutate of mutations) value = mutate(value);
  const text = JSON.stringify(value);
  return asText ? text : (JSON.parse(text) as unknown);
});

describe('importModelFast', () => {
  it('accepts only what importModel accepts, with the identical model and report', () => {
    let accepted = 0;
    let declined = 0;
    fc.assert(
      fc.property(damaged, (input) => {
        const fast = importModelFast(input, { source: 'autosave' });
        if (fast === null) {
          declined++;
          return;
        }
        accepted++;
        const full = importModel(input, { source: 'autosave' });
        expect(full.ok).toBe(true);
        if (full.ok) {
          expect(fast.model).toStrictEqual(full.model);
          expect(fast.report).toStrictEqual(full.report);
        }
      }),
      { numRuns: 3_000 },
    );
    // Both branches ran: the property says something about each.
    expect(accepted).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(300);
  }, 120_000);

  it('accepts everything the app writes (so the draft never needs the full validator)', () => {
    fc.assert(
      fc.property(validModelArb, (model) => {
        const text = serializeModel(model);
        const full = importModel(text);
        if (!full.ok) return; // the generator can make an id clash that repair must fix first
        const written = serializeModel(full.model);
        const fast = importModelFast(written);
        expect(fast).not.toBeNull();
        expect(fast?.model).toStrictEqual(importModel(written).ok && (importModel(written) as { model: unknown }).model);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts the bundled Figure 2 and an exported model; gives up on older versions, unknown fields and bad JSON', async () => {
    expect(importModelFast(await loadExampleText(DEFAULT_EXAMPLE))).not.toBeNull();
    const text = serializeModel(validModel());
    expect(importModelFast(text)).not.toBeNull();
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(importModelFast({ ...doc, version: FORMAT_VERSION - 1 })).toBeNull();
    expect(importModelFast({ ...doc, extra: 1 })).toBeNull();
    expect(importModelFast(`${text.slice(0, 20)}`)).toBeNull();
    expect(importModelFast({ ...doc, nodes: [{ id: 'a', kind: 'x', label: 'A', position: { x: Infinity, y: 0 } }] })).toBeNull();
    expect(importModelFast(text, { budgets: { ...DEFAULT_BUDGETS, nodes: 0 } })).toBeNull();
  });

  it('importModelAsync falls back to the full path, which words the problem', async () => {
    const result = await importModelAsync('{"format": "theory-model", "version": 1e9}', { source: 'autosave' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('future-version');
    const fine = await importModelAsync(serializeModel(validModel()));
    expect(fine.ok).toBe(true);
  });
});
