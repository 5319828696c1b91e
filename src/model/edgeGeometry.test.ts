import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import { addBend, moveBend, removeBend, setBends, setEdgeStyle, setLabelAt } from './edgeGeometry';
import type { TheoryModel } from './types';

const doc = (): TheoryModel => ({
  ...blankModel(),
  edges: [
    { id: 'e', source: 'a', target: 'b', relation: 'r' },
    { id: '__proto__', source: 'b', target: 'a', relation: 'r' },
  ],
});

describe('edge geometry edits', () => {
  it('adds, moves and removes bend points in order, and drops the field when the last goes', () => {
    let d = addBend(doc(), 'e', 0, { x: 10.04, y: 20 });
    d = addBend(d, 'e', 1, { x: 30, y: 40 });
    d = addBend(d, 'e', 0, { x: 0, y: 0 });
    expect(d.edges[0].bends).toEqual([{ x: 0, y: 0 }, { x: 10, y: 20 }, { x: 30, y: 40 }]);
    d = moveBend(d, 'e', 1, { x: 11, y: 22 });
    expect(d.edges[0].bends?.[1]).toEqual({ x: 11, y: 22 });
    d = removeBend(removeBend(removeBend(d, 'e', 0), 'e', 0), 'e', 0);
    expect('bends' in d.edges[0]).toBe(false);
  });

  it('returns the same document for no-ops and refuses non-finite numbers', () => {
    const d = doc();
    expect(removeBend(d, 'e', 0)).toBe(d);
    expect(addBend(d, 'e', 0, { x: NaN, y: 0 })).toBe(d);
    expect(addBend(d, 'missing', 0, { x: 1, y: 0 })).toBe(d);
    expect(setLabelAt(d, 'e', { along: Infinity, offset: 0 })).toBe(d);
    expect(setLabelAt(d, 'e', undefined)).toBe(d);
    const once = setBends(d, 'e', [{ x: 1, y: 2 }]);
    expect(setBends(once, 'e', [{ x: 1, y: 2 }])).toBe(once);
  });

  it('sets a label position with along clamped to 0–1, and clears it', () => {
    let d = setLabelAt(doc(), '__proto__', { along: 1.7, offset: -12.345 });
    expect(d.edges[1].labelAt).toEqual({ along: 1, offset: -12.3 });
    d = setLabelAt(d, '__proto__', undefined);
    expect('labelAt' in d.edges[1]).toBe(false);
  });

  it('sets the edge style, keeping other style fields', () => {
    const d = setEdgeStyle(doc(), 'curved');
    expect(d.style).toEqual({ edges: 'curved' });
    expect(setEdgeStyle(d, 'curved')).toBe(d);
  });
});
