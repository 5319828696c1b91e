import { describe, expect, it } from 'vitest';
import { MAX_PAGE_PT, PAPER_MARGIN_PT, planPage } from './page';

describe('planPage', () => {
  it('makes the page the figure at print size (0.75 pt per CSS px)', () => {
    expect(planPage(1200, 800, 'figure')).toEqual({ width: 900, height: 600, x: 0, y: 0, figureWidth: 900, figureHeight: 600, scale: 1 });
  });

  it('fits a wide figure inside A4 landscape margins, centred, keeping its proportions', () => {
    const p = planPage(1600, 900, 'a4-landscape');
    expect([p.width, p.height]).toEqual([841.89, 595.28]);
    expect(p.figureWidth).toBeCloseTo(841.89 - 2 * PAPER_MARGIN_PT, 1);
    expect(p.figureWidth / p.figureHeight).toBeCloseTo(1600 / 900, 2);
    expect(p.x).toBeCloseTo(PAPER_MARGIN_PT, 1);
    expect(p.y + p.figureHeight / 2).toBeCloseTo(595.28 / 2, 1);
    expect(p.scale).toBeLessThan(1);
  });

  it('never enlarges a small figure on paper', () => {
    const p = planPage(200, 100, 'letter-portrait');
    expect([p.figureWidth, p.figureHeight, p.scale]).toEqual([150, 75, 1]);
    expect([p.x, p.y]).toEqual([(612 - 150) / 2, (792 - 75) / 2]);
  });

  it('shrinks a figure larger than a PDF page may be (a node at x = 1e9) instead of failing', () => {
    const p = planPage(1e9, 600, 'figure');
    expect(p.width).toBe(MAX_PAGE_PT);
    expect(p.height).toBeGreaterThanOrEqual(1);
    expect(Object.values(p).every(Number.isFinite)).toBe(true);
  });

  it('refuses sizes that are not positive finite numbers', () => {
    for (const [w, h] of [[0, 10], [10, -1], [NaN, 10], [Infinity, 10]]) expect(() => planPage(w, h, 'figure')).toThrow(/Cannot place/);
  });
});
