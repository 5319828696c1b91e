import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headGeometry } from './arrowHead';
import { alikePairs, dashArray, lineCap, lookOf, looksAlike, markerId, swatchDashOffset, swatchLine, SWATCH } from './relationStyle';
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
  it('scale with the line width up to the default, and solid has none', () => {
    expect(dashArray('solid', 3)).toBeUndefined();
    expect(dashArray('dashed', 1)).toBe('4.5 3');
    expect(dashArray('dashed', 1.6)).toBe('7.2 4.8');
    expect(dashArray('dashdot', 1)?.split(' ')).toHaveLength(4);
  });
  const parts = (line: 'dashed' | 'dotted' | 'dashdot' | 'longdash', w: number) => (dashArray(line, w) ?? '').split(' ').map(Number);
  it('grow more slowly for thick lines, so one period fits a legend swatch', () => {
    for (const line of ['dashed', 'dashdot', 'longdash'] as const) {
      const period = parts(line, 6).reduce((a, b) => a + b, 0);
      expect(period, line).toBeLessThan(SWATCH.width);
      expect(period).toBeGreaterThan(parts(line, 1.6).reduce((a, b) => a + b, 0));
    }
  });
  it('keep the gaps between round-capped dots wider than the line at every width', () => {
    for (const w of [0.5, 1.6, 2.4, 4, 6]) {
      for (const line of ['dotted', 'dashdot'] as const) {
        const gaps = parts(line, w).filter((_, i) => i % 2 === 1);
        // Each gap loses a whole width to the two round caps beside it; what is left must show.
        for (const gap of gaps) expect(gap - w, `${line} ${w}`).toBeGreaterThanOrEqual(Math.max(w, 1) * 1.4);
      }
    }
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

describe('swatchDashOffset', () => {
  /** Whether the swatch line shows a gap of at least 2 px where no head covers it. */
  function showsGap(line: 'dashed' | 'dotted' | 'dashdot' | 'longdash', width: number, arrow: 'end' | 'both', head: 'filled' | 'open' | 'diamond' | 'circle') {
    const geo = swatchLine(arrow, head, width);
    const offset = swatchDashOffset(line, width, geo, head);
    const pattern = (dashArray(line, width) ?? '').split(' ').map(Number);
    const period = pattern.reduce((a, b) => a + b, 0);
    const back = headGeometry(head, width)?.back ?? 0;
    const from = geo.x1 + (geo.start ? back : 0);
    const to = geo.x2 - (geo.end ? back : 0);
    const caps = lineCap(line) === 'round' ? width / 2 : 0;
    let run = 0;
    for (let x = from; x <= to; x += 0.25) {
      let at = (x - geo.x1 + offset) % period;
      let inGap = false;
      for (let i = 0; i < pattern.length; i++) {
        if (at < pattern[i]) {
          inGap = i % 2 === 1 && at > caps && pattern[i] - at > caps;
          break;
        }
        at -= pattern[i];
      }
      run = inGap ? run + 0.25 : run;
      if (run >= 2) return true;
      if (!inGap) run = 0;
    }
    return false;
  }
  it('shows a gap of every pattern between the heads, at every width', () => {
    for (const line of ['dashed', 'dotted', 'dashdot', 'longdash'] as const) {
      for (const width of [0.5, 1.2, 1.6, 2.4, 4, 6]) {
        for (const head of ['filled', 'open', 'diamond', 'circle'] as const) {
          // With heads at both ends, a 56 px swatch of a 4 px or thicker line is mostly heads: checked up to 2.4 px.
          for (const arrow of width <= 2.4 ? (['end', 'both'] as const) : (['end'] as const)) expect(showsGap(line, width, arrow, head), `${line} ${width} ${arrow} ${head}`).toBe(true);
        }
      }
    }
  });
  it('leaves a pattern that shows anyway starting with a whole dash, and solid lines alone', () => {
    for (const [line, width] of [['dashed', 1.2], ['longdash', 1.6], ['dashdot', 1.6]] as const) {
      expect(swatchDashOffset(line, width, swatchLine('end', 'filled', width), 'filled'), line).toBe(0);
    }
    expect(swatchDashOffset('longdash', 6, swatchLine('end', 'filled', 6), 'filled')).toBeGreaterThan(0);
    expect(swatchDashOffset('solid', 2, swatchLine('end', 'filled', 2), 'filled')).toBe(0);
  });
});
