import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import { moveNodes, resizeNode } from './edits';
import type { TheoryModel } from './types';

function withNodes(): TheoryModel {
  const doc = blankModel('t', new Date(0));
  return {
    ...doc,
    nodes: [
      { id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } },
      { id: 'b', kind: 'actor', label: 'B', position: { x: 10, y: 10 } },
    ],
  };
}

describe('moveNodes', () => {
  it('moves only the named nodes and keeps the others by reference', () => {
    const doc = withNodes();
    const next = moveNodes(doc, new Map([['a', { x: 5, y: 6 }]]));
    expect(next.nodes[0].position).toEqual({ x: 5, y: 6 });
    expect(next.nodes[1]).toBe(doc.nodes[1]);
    expect(doc.nodes[0].position).toEqual({ x: 0, y: 0 });
  });
  it('returns the same document when nothing moves', () => {
    const doc = withNodes();
    expect(moveNodes(doc, new Map([['a', { x: 0, y: 0 }]]))).toBe(doc);
  });
});

describe('resizeNode', () => {
  it('sets a fixed size', () => {
    const next = resizeNode(withNodes(), 'b', { width: 300, height: 120 });
    expect(next.nodes[1].size).toEqual({ width: 300, height: 120 });
  });
});
