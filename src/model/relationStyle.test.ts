import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alikePairs, dashArray, lookOf, looksAlike, markerId, swatchLine, SWATCH } from './relationStyle';
import type { RelationType, TheoryModel } from './types';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as TheoryModel;

describe('looksAlike (what a greyscale print keeps)', () => {
  const base = lookOf({ line: 'dashed', arrow: 'end', head: 'filled', width: 1.6 });
  it('tells looks apart by pattern, head, ends or a clear width difference', () => {
    expect(looksAlike(base, { ...base, line: 'longdash' })).toBe(false);
    expect(looksAlike(base, { ...base, head: 'open' })).toBe(false);
    expect(looksAlike(base, { ...base, arrow: 'both' })).toBe(false);
    expect(looksAlike(base, { ...base, width: 2.4 })).toBe(false);
  });
  it('calls looks the same when only colour, an invisible width step or an unused head differs', () => {
    expect(looksAlike(base, { ...base })).toBe(true);
    expect(looksAlike(base, { ...base, width: 1.8 })).toBe(true);
    expect(looksAlike({ ...base, arrow: 'none', head: 'open' }, { ...base, arrow: 'none', head: 'diamond' })).toBe(true);
    expect(looksAlike({ ...base, head: 'none' }, { ...base, arrow: 'none', head: 'circle' })).toBe(true);
  });
  it('fills the format defaults (solid, filled, 1.6, end)', () => {
    expect(lookOf({})).toEqual({ line: 'solid', width: 1.6, head: 'filled', arrow: 'end' });
  });
});

describe('the paper figures in greyscale', () => {
  it.each(['figure-1.json', 'figure-2.json'])('%s: its six relation types are pairwise different without colour', (file) => {
    const relations: RelationType[] = read(file).vocabulary.relationTypes;
    expect(relations.map((r) => r.id).sort()).toEqual(['co-builds', 'cooperates', 'motivates', 'provides', 'supports', 'takes-part']);
    expect(alikePairs(relations)).toEqual([]);
  });
  it('would catch types that differ only in colour (the state before issue 10)', () => {
    const relations: RelationType[] = [
      { id: 'motivates', label: 'm', color: '#b45309', line: 'dashed', arrow: 'end' },
      { id: 'supports', label: 's', color: '#c2185b', line: 'dashed', arrow: 'end' },
      { id: 'provides', label: 'p', color: '#00796b', line: 'solid' },
    ];
    expect(alikePairs(relations)).toEqual([['motivates', 'supports']]);
  });
});

describe('dash patterns', () => {
  it('scale with the line width, and solid has none', () => {
    expect(dashArray('solid', 3)).toBeUndefined();
    expect(dashArray('dashed', 1)).toBe('4.5 3');
    expect(dashArray('dashed', 2)).toBe('9 6');
    expect(dashArray('dashdot', 1)?.split(' ')).toHaveLength(4);
  });
});

describe('markerId', () => {
  it('is the same for the same look, different for another colour, end, width or head', () => {
    const spec = { head: 'open', color: '#B45309', width: 1.2, end: 'end' } as const;
    expect(markerId(spec)).toBe(markerId({ ...spec, color: '#b45309' }));
    const others = [{ ...spec, color: '#b4530a' }, { ...spec, end: 'start' as const }, { ...spec, width: 1.3 }, { ...spec, head: 'filled' as const }];
    expect(new Set([markerId(spec), ...others.map(markerId)]).size).toBe(5);
  });
  it('never carries user text into the id', () => {
    const id = markerId({ head: 'filled', color: '"><script>alert(1)</script>', width: 1.6, end: 'end' });
    expect(id).toMatch(/^tm-head-[0-9a-z]+$/);
  });
});

describe('swatchLine', () => {
  it('keeps the line and both heads inside the swatch', () => {
    for (const width of [0.5, 1.6, 6]) {
      const g = swatchLine('both', 'filled', width);
      expect(g.start && g.end).toBe(true);
      expect(g.x1).toBeGreaterThan(0);
      expect(g.x2).toBeLessThan(SWATCH.width);
      expect(g.x2 - g.x1).toBeGreaterThan(SWATCH.width / 2);
    }
    expect(swatchLine('end', 'none', 1.6)).toMatchObject({ start: false, end: false });
  });
});
