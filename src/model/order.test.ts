import { describe, expect, it } from 'vitest';
import { orderParentsFirst, parentsComeFirst } from './order';
import type { ModelNode } from './types';

const n = (id: string, parent?: string): ModelNode => ({ id, kind: 'actor', label: id, position: { x: 0, y: 0 }, ...(parent ? { parent } : {}) });

describe('orderParentsFirst', () => {
  it('returns the same array when parents already come first', () => {
    const nodes = [n('g'), n('a', 'g'), n('b')];
    expect(orderParentsFirst(nodes)).toBe(nodes);
    expect(parentsComeFirst(nodes)).toBe(true);
  });
  it('pulls a group forward to just before its first member, keeping the rest in order', () => {
    const nodes = [n('x'), n('a', 'g'), n('y'), n('g', 'h'), n('h')];
    expect(parentsComeFirst(nodes)).toBe(false);
    const ordered = orderParentsFirst(nodes);
    expect(ordered.map((m) => m.id)).toEqual(['x', 'h', 'g', 'a', 'y']);
    expect(parentsComeFirst(ordered)).toBe(true);
  });
  it('terminates on a parent cycle', () => {
    const ordered = orderParentsFirst([n('a', 'b'), n('b', 'a')]);
    expect(ordered).toHaveLength(2);
  });
});
