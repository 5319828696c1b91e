import { inEnglish } from '../../i18n/message';
import { describe, expect, it } from 'vitest';
import type { TheoryModel } from '../../model/types';
import { importModel } from '../importModel';
import { serializeModel } from '../serialize';
import { validModel } from '../testing/fixtures';
import { repairOrderKeys } from './orderKeys';

const keyed = (): TheoryModel => {
  const m = validModel();
  return { ...m, nodes: m.nodes.map((n, i) => ({ ...n, order: `a${i}` })), edges: m.edges.map((e) => ({ ...e, order: 'a0' })) };
};

describe('repairOrderKeys', () => {
  it('leaves a consistent keyed model and a keyless one alone', () => {
    const model = keyed();
    expect(repairOrderKeys(model)).toEqual({ model, notes: [] });
    const keyless = validModel();
    expect(repairOrderKeys(keyless).model).toBe(keyless);
  });

  it('sorts by key without a note: the keys are the order, not the array', () => {
    const model = keyed();
    model.nodes = [model.nodes[2], model.nodes[0], model.nodes[1]];
    const { model: out, notes } = repairOrderKeys(model);
    expect(out.nodes.map((n) => n.id)).toEqual(['g1', 'a1', 'd1']);
    expect(notes).toEqual([]);
  });

  it('gives new keys to missing, invalid and repeated ones where they stood, with one note naming them', () => {
    const model = keyed();
    const extra = { id: 'd2', kind: 'driver', label: 'x', position: { x: 0, y: 0 } };
    model.nodes = [model.nodes[0], { ...model.nodes[1], order: 'not a key' }, extra, { ...model.nodes[2], order: 'a0' }];
    const { model: out, notes } = repairOrderKeys(model);
    expect(out.nodes.map((n) => n.id)).toEqual(['g1', 'a1', 'd2', 'd1']);
    expect(out.nodes[0]).toBe(model.nodes[0]);
    const keys = out.nodes.map((n) => n.order!);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(4);
    expect(notes.map((n) => [n.code, n.ids])).toEqual([['order-keys-repaired', ['a1', 'd2', 'd1']]]);
    expect(inEnglish(notes[0].message)).toMatch(/^3 elements had a missing, repeated or invalid order key/);
  });

  it('through import: repaired once, then the file is clean and saves the same', () => {
    const model = keyed();
    model.edges = [...model.edges, { id: 'e2', source: 'd1', target: 'a1', relation: 'motivates', order: 'a0' }];
    const first = importModel(JSON.stringify(model));
    if (!first.ok) throw new Error(inEnglish(first.error.message));
    expect(first.report.map((n) => n.code)).toEqual(['order-keys-repaired']);
    expect(first.model.edges.map((e) => e.order)).toEqual(['a0', 'a1']);
    const again = importModel(serializeModel(first.model));
    expect(again.ok && again.report).toEqual([]);
    expect(again.ok && serializeModel(again.model)).toBe(serializeModel(first.model));
  });
});
