import { describe, expect, it } from 'vitest';
import { isEmptyDataUrl, isUniform } from './blank';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, MIN_USEFUL_RATIO, planCanvas } from './limits';
import { dpiForRatio, parseResolutionKey, pixelRatioOf, resolutionKey } from './options';

describe('planCanvas', () => {
  it('keeps the requested ratio when it fits', () => {
    expect(planCanvas(1400, 900, 2)).toMatchObject({ ratio: 2, width: 2800, height: 1800, reduced: false });
  });

  it('truncates like the canvas does (300 dpi = 3.125 px per CSS px)', () => {
    expect(planCanvas(1001, 333, 300 / 96)).toMatchObject({ width: 3128, height: 1040, reduced: false });
  });

  it('lowers the ratio so the longest side stays within 16,384 px and says so', () => {
    const plan = planCanvas(6000, 1000, 4);
    expect(plan.reduced).toBe(true);
    expect(plan.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(plan.width).toBeGreaterThan(MAX_CANVAS_SIDE - 10); // as large as allowed, not arbitrarily small
    expect(plan.ratio).toBeLessThan(4);
    expect(plan).toMatchObject({ requestedWidth: 24000, requestedHeight: 4000, requestedRatio: 4 });
  });

  it('respects the area limit when both sides fit but the area does not', () => {
    const plan = planCanvas(5000, 5000, 3.5); // 17,500² would break both; 16,384² exactly is the area cap
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(Math.max(plan.width, plan.height)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('reduces below 1× for a gigantic model rather than failing', () => {
    const plan = planCanvas(40000, 30000, 1);
    expect(plan.reduced).toBe(true);
    expect(plan.ratio).toBeLessThan(1);
    expect(plan.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  });

  it('refuses a figure that would only fit below a tenth of its size (unreadable), so SVG or PDF is offered', () => {
    expect(() => planCanvas(10_000_000, 900, 2)).toThrow(/readable/);
    expect(planCanvas(100_000, 900, 1).ratio).toBeGreaterThanOrEqual(MIN_USEFUL_RATIO);
  });

  it('refuses impossible input', () => {
    expect(() => planCanvas(0, 100, 2)).toThrow();
    expect(() => planCanvas(100, Number.POSITIVE_INFINITY, 2)).toThrow();
    expect(() => planCanvas(100, 100, Number.NaN)).toThrow();
  });
});

describe('resolution options', () => {
  it('turns scales and DPIs into pixel ratios and back into the DPI written', () => {
    expect(pixelRatioOf({ mode: 'scale', scale: 3 })).toBe(3);
    expect(pixelRatioOf({ mode: 'dpi', dpi: 300 })).toBe(3.125);
    expect(dpiForRatio(pixelRatioOf({ mode: 'dpi', dpi: 150 }))).toBe(150);
    expect(dpiForRatio(2)).toBe(192);
  });

  it('round-trips the select keys and rejects unknown ones', () => {
    expect(parseResolutionKey(resolutionKey({ mode: 'dpi', dpi: 300 }))).toEqual({ mode: 'dpi', dpi: 300 });
    expect(parseResolutionKey('scale:4')).toEqual({ mode: 'scale', scale: 4 });
    expect(parseResolutionKey('scale:5')).toBeUndefined();
    expect(parseResolutionKey('dpi:72')).toBeUndefined();
    expect(parseResolutionKey('__proto__:1')).toBeUndefined();
  });
});

describe('blank checks', () => {
  it('recognises the empty data URL of an oversized canvas', () => {
    expect(isEmptyDataUrl('data:,')).toBe(true);
    expect(isEmptyDataUrl('')).toBe(true);
    expect(isEmptyDataUrl(`data:image/png;base64,${'A'.repeat(100)}`)).toBe(false);
  });

  it('finds a single different pixel, and treats all-transparent as blank', () => {
    const white = new Uint8ClampedArray(4 * 100).fill(255);
    expect(isUniform(white)).toBe(true);
    white[4 * 57 + 1] = 254;
    expect(isUniform(white)).toBe(false);
    const clear = new Uint8ClampedArray(4 * 10);
    clear[4 * 3] = 200; // colour under alpha 0 is still invisible
    expect(isUniform(clear)).toBe(true);
    clear[4 * 3 + 3] = 1;
    expect(isUniform(clear)).toBe(false);
  });
});
