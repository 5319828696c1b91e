/**
 * Fuzz of every channel's entry into the import path (issue 17): file text (importModel), a parsed
 * draft (loadDraftText: envelope → importModel), a share-link payload (readModelLink) and a
 * template fill (resolveValues + fillModel of whatever loaded). 10,000 generated documents and
 * mutations in all: nothing throws out of an entry, nothing non-finite or out of the figure's range
 * comes out, and what loads round-trips (export → import → export is byte-identical), also after
 * one edit. Ids and keys include every Object.prototype member name.
 */
import { inEnglish } from '../i18n/message';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { COORDINATE_LIMIT } from '../model/coordinates';
import { moveNodes } from '../model/edits';
import { nudgeNodes, removeElements } from '../model/structure';
import { fillModel, ORIGINAL, resolveValues, templateLanguages, withEntered } from '../model/templateModel';
import { FORMAT_VERSION, type TheoryModel } from '../model/types';
import { loadDraftText } from '../store/persistence/restore';
import { encodeEnvelope, makeEnvelope } from '../store/persistence/envelope';
import { importModel } from './importModel';
import { readModelLink } from './link';
import { serializeModel } from './serialize';
import { PROTOTYPE_NAMES, validModelArb } from './testing/arbitraries';
import type { ImportResult } from './types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

const hostile = fc.oneof(
  fc.constantFrom<Json>(1e308, -1e308, 1e300, 5e-324, -0, 1e7 + 1, 0.5, 2, -1),
  fc.constantFrom<Json>(...PROTOTYPE_NAMES, '', '{constructor}', '{__proto__}', '#f00'),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Replace one value anywhere, or delete one key / item, or (as text) write 1e999. */
const mutation = fc.tuple(fc.nat(), fc.nat(2), hostile).map(([pick, how, value]) => (text: string): string => {
  const root = JSON.parse(text) as Json;
  const all = paths(root).filter((p) => p.length > 0);
  const path = all[pick % all.length];
  const parentPath = path.slice(0, -1);
  let parent = root as Record<string | number, Json>;
  for (const key of parentPath) parent = parent[key] as Record<string | number, Json>;
  const key = path[path.length - 1];
  if (how === 0) parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  const out = JSON.stringify(root);
  // JSON.stringify cannot write Infinity; a file can (1e999).
  return how === 2 && typeof value === 'number' ? out.replace(/(-?\d+(\.\d+)?(e[+-]?\d+)?)(?=[,}\]])/, '1e999') : out;
});

function checkNumbers(model: TheoryModel) {
  for (const n of model.nodes) {
    for (const v of [n.position.x, n.position.y, n.size?.width ?? 0, n.size?.height ?? 0]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(Math.abs(v)).toBeLessThanOrEqual(COORDINATE_LIMIT);
    }
  }
  for (const e of model.edges) for (const p of e.bends ?? []) expect(Math.abs(p.x) <= COORDINATE_LIMIT && Math.abs(p.y) <= COORDINATE_LIMIT).toBe(true);
}

/** What every entry must give: a result (no throw); when it loads, finite numbers and a stable round trip. */
function checkResult(result: ImportResult | null) {
  if (!result || !result.ok) {
    if (result) expect(inEnglish(result.error.message)).not.toBe('');
    return;
  }
  checkNumbers(result.model);
  const text = serializeModel(result.model);
  const again = importModel(text);
  expect(again.ok && serializeModel(again.model)).toBe(text);
  return result.model;
}

const RUNS = 2_500; // × 4 channels = 10,000

describe('fuzz through every entry of the import path (issue 17)', () => {
  const damaged = fc.tuple(validModelArb, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([model, mutations]) => {
    let text = serializeModel(model);
    for (const mutate of mutations) {
      try {
        text = mutate(text);
      } catch {
        break;
      }
    }
    return text;
  });

  it('file text, then one edit, export and import again', () => {
    const edit = fc.tuple(fc.nat(3), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.nat());
    fc.assert(
      fc.property(damaged, edit, (text, [kind, amount, pick]) => {
        const model = checkResult(importModel(text));
        if (!model || model.nodes.length === 0) return;
        const target = model.nodes[pick % model.nodes.length].id;
        const edited =
          kind === 0 ? moveNodes(model, new Map([[target, { x: amount, y: -amount }]]))
          : kind === 1 ? nudgeNodes(model, [target], amount, amount)
          : kind === 2 ? removeElements(model, [target])
          : { ...model, nodes: model.nodes.map((n) => (n.id === target ? { ...n, label: `${n.label}{constructor}` } : n)) };
        const back = importModel(serializeModel(edited));
        expect(back.ok).toBe(true);
        if (back.ok) checkNumbers(back.model);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('a stored draft (envelope text → the fast path or importModel)', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, fc.nat(1), async (text, wrap) => {
        const raw = wrap === 0 ? encodeEnvelope({ ...makeEnvelope(JSON.parse(serializeModel(minimal())) as TheoryModel, 1, 't', 0), data: text }) : text;
        const loaded = await loadDraftText(raw);
        if (loaded.ok) checkResult({ ok: true, model: loaded.model, report: loaded.report });
        else expect(inEnglish(loaded.error.message)).not.toBe('');
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('a share-link payload', () => {
    const payload = fc.oneof(
      damaged.map((text) => compressToEncodedURIComponent(text)),
      fc.string({ maxLength: 60 }),
      damaged.map((text) => compressToEncodedURIComponent(text).slice(0, 40)),
    );
    fc.assert(
      fc.property(payload, (p) => {
        checkResult(readModelLink(`#model=${p}`));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('a template fill with any typed values (ids include Object.prototype names)', () => {
    const typed = fc.array(fc.tuple(fc.constantFrom(ORIGINAL, 'en', ...PROTOTYPE_NAMES), fc.constantFrom(...PROTOTYPE_NAMES, 'region', 'a'), fc.string({ maxLength: 6 })), { maxLength: 4 });
    fc.assert(
      fc.property(damaged, typed, (text, values) => {
        const model = checkResult(importModel(text));
        if (!model?.template) return;
        let entered = {};
        for (const [lang, id, value] of values) entered = withEntered(entered, lang, id, value);
        const resolved = resolveValues(model.template, entered, templateLanguages(model));
        for (const v of resolved.original.values()) expect(typeof v).toBe('string');
        const filled = fillModel(model, resolved);
        expect(filled.template).toBeUndefined();
        const back = importModel(serializeModel(filled));
        expect(back.ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

function minimal(): TheoryModel {
  return { format: 'theory-model', version: FORMAT_VERSION, meta: { title: 'm' }, vocabulary: { nodeKinds: [], relationTypes: [] }, nodes: [], edges: [] };
}
