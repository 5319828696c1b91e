import { describe, expect, it } from 'vitest';
import type { ModelNode } from '../../model/types';
import { validModel } from '../testing/fixtures';
import { parentsFirst, repairOrder } from './order';

const node = (id: string, parent?: string): ModelNode => ({
  id,
  kind: 'group',
  label: id,
  position: { x: 0, y: 0 },
  ...(parent ? { parent } : {}),
});

describe('parentsFirst', () => {
  it('pulls each group forward to just before its first member, keeping the rest in file order', () => {
    const nodes = [node('a'), node('child', 'inner'), node('b'), node('inner', 'outer'), node('outer'), node('c', 'outer')];
    expect(parentsFirst(nodes).map((n) => n.id)).toEqual(['a', 'outer', 'inner', 'child', 'b', 'c']);
  });

  it('terminates even on a cycle it was not meant to see', () => {
    expect(parentsFirst([node('a', 'b'), node('b', 'a')]).map((n) => n.id)).toEqual(['b', 'a']);
  });

  it('notes a reorder once, and nothing when already in order', () => {
    const model = validModel();
    expect(repairOrder(model)).toEqual({ model, notes: [] });
    model.nodes.reverse();
    const { model: out, notes } = repairOrder(model);
    expect(out.nodes.map((n) => n.id)).toEqual(['d1', 'g1', 'a1']);
    expect(notes.map((n) => n.code)).toEqual(['nodes-reordered']);
  });
});
