import { describe, expect, it } from 'vitest';
import { compareLooks, differences, normalizeDash, type Look } from './looks';

const arrow = 'polyline(-5,-4 0,0 -5,4) filled';
const look = (over: Partial<Look> = {}): Look => ({ dash: '7.2px, 4.8px', width: 1.6, head: arrow, tail: 'none', ...over });

describe('relation looks without colour', () => {
  it('normalises dash arrays', () => {
    expect(normalizeDash('7.2px, 4.8px')).toBe(normalizeDash('7.20 4.8'));
    expect(normalizeDash('none')).toBe('solid');
    expect(normalizeDash('0')).toBe('solid');
    expect(normalizeDash('')).toBe('solid');
    expect(normalizeDash('0.16px, 4.16px')).not.toBe(normalizeDash('7.2px, 4.8px'));
  });

  it('names each aspect that differs', () => {
    expect(differences(look(), look())).toEqual([]);
    expect(differences(look(), look({ dash: 'none' }))).toEqual(['pattern']);
    expect(differences(look(), look({ width: 1.8 }))).toEqual([]); // too close to tell apart in print
    expect(differences(look(), look({ width: 2.4 }))).toEqual(['width']);
    expect(differences(look(), look({ tail: arrow }))).toEqual(['arrowheads']);
    expect(differences(look(), look({ head: 'polyline(-5,-4 0,0 -5,4) open', dash: '2 2' }))).toEqual(['pattern', 'arrowheads']);
  });

  it('reports the pairs of types that look alike, and types whose edges disagree', () => {
    const report = compareLooks([
      { relation: 'motivates', look: look() },
      { relation: 'supports', look: look() },
      { relation: 'provides', look: look({ dash: 'none' }) },
      { relation: 'provides', look: look({ dash: 'none', width: 3 }) },
    ]);
    expect(report.alike).toEqual([['motivates', 'supports']]);
    expect(report.types.find((t) => t.id === 'provides')).toMatchObject({ edges: 2, inconsistent: true });
    expect(report.types.find((t) => t.id === 'motivates')).toMatchObject({ edges: 1, inconsistent: false });
  });
});
