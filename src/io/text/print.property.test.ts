/**
 * print → parse gives back the model's structure: ids, labels, kinds, relation types, edge labels
 * and groups, for generated models whose ids and labels mix every script, quotes, backslashes,
 * line breaks, control characters and prototype names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validModelArb } from '../testing/arbitraries';
import { loadFigure2 } from '../../store/testing/figure2';
import type { TheoryModel } from '../../model/types';
import { applyText } from './apply';
import { parse } from './parse';
import { print } from './print';

const structure = (doc: TheoryModel) => ({
  nodes: doc.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label, parent: n.parent })),
  edges: doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, relation: e.relation, label: e.label })),
});

function roundTrip(doc: TheoryModel) {
  const result = parse(print(doc), doc.vocabulary);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.doc;
}

describe('print → parse', () => {
  it('gives back Figure 2, and applying it changes nothing', () => {
    const doc = loadFigure2();
    const text = roundTrip(doc);
    expect(applyText(doc, text)).toBe(doc);
  });

  it('gives back the same ids, labels, kinds, relations, edge labels and groups for any valid model', () => {
    fc.assert(
      fc.property(validModelArb, (doc) => {
        const text = roundTrip(doc);
        const byId = new Map(text.nodes.map((n) => [n.id, n]));
        const edges = new Map(text.edges.map((e) => [e.id, e]));
        const want = structure(doc);
        expect(text.nodes).toHaveLength(want.nodes.length);
        expect(text.edges).toHaveLength(want.edges.length);
        for (const n of want.nodes) {
          const got = byId.get(n.id);
          expect({ id: got?.id, kind: got?.kind, label: got?.label, parent: got?.parent }).toEqual(n);
        }
        for (const e of want.edges) {
          const got = edges.get(e.id);
          expect({ id: got?.id, source: got?.source, target: got?.target, relation: got?.relation, label: got?.label }).toEqual(e);
        }
        // And the text applied to its own model is that model, object for object.
        expect(applyText(doc, text)).toBe(doc);
      }),
      { numRuns: 150 },
    );
  });
});
