import { describe, expect, it } from 'vitest';
import { shareUnchanged } from './share';
import { figure2Model } from './testing/validity';

describe('shareUnchanged', () => {
  it('returns the old model when nothing changed', () => {
    const before = figure2Model();
    expect(shareUnchanged(before, structuredClone(before))).toBe(before);
  });

  it('keeps every unchanged element object and replaces only the changed one', () => {
    const before = figure2Model();
    const after = structuredClone(before);
    after.nodes[2].position.x += 10;
    const next = shareUnchanged(before, after);
    expect(next).not.toBe(before);
    expect(next.nodes[2]).toBe(after.nodes[2]);
    next.nodes.forEach((n, i) => i !== 2 && expect(n).toBe(before.nodes[i]));
    expect(next.edges).toBe(before.edges);
    expect(next.vocabulary).toBe(before.vocabulary);
  });

  it('notices a removed element and a new top-level field', () => {
    const before = figure2Model();
    const after = { ...structuredClone(before), nodes: structuredClone(before.nodes.slice(1)), style: { edges: 'curved' as const } };
    const next = shareUnchanged(before, after);
    expect(next.nodes).toHaveLength(before.nodes.length - 1);
    expect(next.nodes[0]).toBe(before.nodes[1]);
    expect(next.style).toEqual({ edges: 'curved' });
  });
});
