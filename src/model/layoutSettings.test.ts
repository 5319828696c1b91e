import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import { bandOfKind, moveKindToBand, setKindBand, setLayoutDirection } from './layoutSettings';

const DEFAULTS = [['driver'], ['actor'], ['resource']];
const doc = () => blankModel('t', new Date(0));

describe('setLayoutDirection', () => {
  it('stores the direction and keeps the bands', () => {
    const withBands = { ...doc(), layout: { bands: [['a'], ['b']] } };
    const next = setLayoutDirection(withBands, 'DOWN');
    expect(next.layout).toEqual({ bands: [['a'], ['b']], direction: 'DOWN' });
    expect(withBands.layout).toEqual({ bands: [['a'], ['b']] });
  });
  it('returns the same document when the direction is already set', () => {
    const d = { ...doc(), layout: { direction: 'RIGHT' as const } };
    expect(setLayoutDirection(d, 'RIGHT')).toBe(d);
  });
});

describe('moveKindToBand', () => {
  it('moves a kind between bands, appends a new band, or takes it out of all bands', () => {
    expect(moveKindToBand(DEFAULTS, 'actor', 0)).toEqual([['driver', 'actor'], ['resource']]);
    expect(moveKindToBand(DEFAULTS, 'driver', 3)).toEqual([['actor'], ['resource'], ['driver']]);
    expect(moveKindToBand(DEFAULTS, 'concept', 1)).toEqual([['driver'], ['actor', 'concept'], ['resource']]);
    expect(moveKindToBand(DEFAULTS, 'resource', null)).toEqual([['driver'], ['actor']]);
  });
  it('clamps out-of-range band numbers and drops bands left empty', () => {
    expect(moveKindToBand(DEFAULTS, 'actor', 99)).toEqual([['driver'], ['resource'], ['actor']]);
    expect(moveKindToBand(DEFAULTS, 'actor', -4)).toEqual([['driver', 'actor'], ['resource']]);
  });
  it('does not mutate its input', () => {
    const bands = [['driver'], ['actor']];
    moveKindToBand(bands, 'driver', 1);
    expect(bands).toEqual([['driver'], ['actor']]);
  });
});

describe('bandOfKind', () => {
  it('finds the band or null', () => {
    expect(bandOfKind(DEFAULTS, 'resource')).toBe(2);
    expect(bandOfKind(DEFAULTS, 'concept')).toBeNull();
  });
});

describe('setKindBand', () => {
  it('writes the full band list on the first edit of a document without bands', () => {
    const next = setKindBand(doc(), DEFAULTS, 'resource', 0);
    expect(next.layout?.bands).toEqual([['driver', 'resource'], ['actor']]);
  });
  it('is not an edit when the kind is already in that band', () => {
    const d = doc();
    expect(setKindBand(d, DEFAULTS, 'actor', 1)).toBe(d);
    const stored = { ...d, layout: { bands: [['x'], ['y']] } };
    expect(setKindBand(stored, stored.layout.bands, 'y', 1)).toBe(stored);
  });
  it('keeps the direction', () => {
    const d = { ...doc(), layout: { direction: 'DOWN' as const, bands: DEFAULTS } };
    expect(setKindBand(d, DEFAULTS, 'driver', null).layout).toEqual({ direction: 'DOWN', bands: [['actor'], ['resource']] });
  });
});
