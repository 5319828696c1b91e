import { inEnglish } from '../i18n/message';
/**
 * Order keys at the file boundary (format v4), over generated models: a keyed model round-trips
 * byte for byte with nothing to repair, and the saved file follows the keys, not the arrays, so
 * the same elements in any array order (e.g. assembled from two writers' edits) save the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settleKeys } from '../model/orderKeys';
import type { TheoryModel } from '../model/types';
import { importModel } from './importModel';
import { serializeModel } from './serialize';
import { validModelArb } from './testing/arbitraries';

const keyedModelArb: fc.Arbitrary<TheoryModel> = validModelArb.map((m) => ({ ...m, nodes: settleKeys(m.nodes), edges: settleKeys(m.edges) }));

describe('order keys in files', () => {
  it('a keyed model survives export → import → export byte for byte, with an empty report', () => {
    fc.assert(
      fc.property(keyedModelArb, (model) => {
        const text = serializeModel(model);
        const result = importModel(text);
        if (!result.ok) throw new Error(inEnglish(result.error.message));
        expect(result.report).toEqual([]);
        expect(serializeModel(result.model)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('saves the same bytes whatever order the arrays are in', () => {
    fc.assert(
      fc.property(keyedModelArb, fc.array(fc.nat()), (model, picks) => {
        const shuffle = <T>(list: T[]) => {
          const out = [...list];
          picks.forEach((p, i) => {
            if (out.length < 2) return;
            const a = i % out.length;
            const b = p % out.length;
            [out[a], out[b]] = [out[b], out[a]];
          });
          return out;
        };
        const shuffled = { ...model, nodes: shuffle(model.nodes), edges: shuffle(model.edges) };
        expect(serializeModel(shuffled)).toBe(serializeModel(model));
      }),
      { numRuns: 100 },
    );
  });
});
