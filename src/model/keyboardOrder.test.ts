import { describe, expect, it } from 'vitest';
import { nodeRelations, stepIndex } from './keyboardOrder';
import type { TheoryModel } from './types';

const doc = {
  edges: [
    { id: 'e1', source: 'a', target: 'b', relation: 'r' },
    { id: 'e2', source: 'c', target: 'd', relation: 'r' },
    { id: 'e3', source: 'c', target: 'a', relation: 'r' },
  ],
} as unknown as TheoryModel;

describe('nodeRelations', () => {
  it('lists the edges in and out of a node, in model order', () => {
    expect(nodeRelations(doc, 'a')).toEqual(['e1', 'e3']);
    expect(nodeRelations(doc, 'd')).toEqual(['e2']);
    expect(nodeRelations(doc, 'z')).toEqual([]);
  });
});

describe('stepIndex', () => {
  it('starts at the first going forwards and the last going backwards', () => {
    expect(stepIndex(3, -1, 1)).toBe(0);
    expect(stepIndex(3, -1, -1)).toBe(2);
  });
  it('wraps around both ways', () => {
    expect(stepIndex(3, 2, 1)).toBe(0);
    expect(stepIndex(3, 0, -1)).toBe(2);
    expect(stepIndex(3, 1, 1)).toBe(2);
  });
  it('has nothing to step to in an empty list', () => {
    expect(stepIndex(0, -1, 1)).toBe(-1);
  });
});
