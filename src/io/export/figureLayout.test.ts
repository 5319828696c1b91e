import { describe, expect, it } from 'vitest';
import { parseCssColor, paint } from './color';
import { FIGURE_PADDING, layoutFigure } from './figureLayout';
import { frameAround, unionRects } from './scene';
import { fakeMeasure } from './testing/sceneFixtures';
import { truncateText, wrapText } from './wrap';

const measure14 = (t: string) => fakeMeasure(t, 14, 400);
const legend = (kinds: number, relations: number) => ({
  heading: 'Legend',
  kinds: Array.from({ length: kinds }, (_, i) => ({ id: `k${i}`, text: `Kind ${i}`, color: '#1f4e79', shape: 'rounded' as const })),
  relations: Array.from({ length: relations }, (_, i) => ({ id: `r${i}`, text: `Relation ${i}`, color: '#b45309', line: 'dashed' as const, arrow: 'end' as const })),
});

describe('layoutFigure', () => {
  it('puts the title above and the legend to the right of a tall figure, inside the image', () => {
    const l = layoutFigure({ width: 900, height: 800 }, '基于宁波智能制造特色的理论模型', legend(3, 6), fakeMeasure);
    expect(l.title!.lines).toEqual(['基于宁波智能制造特色的理论模型']);
    expect(l.figure.y).toBeGreaterThan(l.title!.firstBaseline);
    expect(l.legend!.placement).toBe('right');
    expect(l.legend!.box.x).toBeGreaterThanOrEqual(l.figure.x + l.figure.width);
    expect(l.legend!.box.x + l.legend!.box.width).toBeLessThanOrEqual(l.width);
    expect(l.legend!.box.y + l.legend!.box.height).toBeLessThanOrEqual(l.figure.y + l.figure.height);
    expect(l.height).toBe(l.figure.y + 800);
    expect(l.legend!.items).toHaveLength(9);
    expect(l.legend!.separator).toBeDefined();
  });

  it('moves the legend below a flat figure and lays its items out in rows', () => {
    const l = layoutFigure({ width: 1600, height: 200 }, undefined, legend(3, 6), fakeMeasure);
    expect(l.legend!.placement).toBe('below');
    expect(l.legend!.box.y).toBeGreaterThanOrEqual(l.figure.y + l.figure.height);
    expect(l.legend!.box.y + l.legend!.box.height).toBeLessThanOrEqual(l.height);
    expect(l.width).toBe(1600);
    const rows = new Set(l.legend!.items.map((i) => i.y));
    expect(rows.size).toBe(2); // 3 kinds on one row, 6 relations on another
    for (const item of l.legend!.items) expect(item.x).toBeLessThan(1600 - FIGURE_PADDING);
  });

  it('is just the figure when title and legend are off (and for an empty legend)', () => {
    const l = layoutFigure({ width: 500, height: 300 }, undefined, legend(0, 0), fakeMeasure);
    expect(l).toEqual({ width: 500, height: 300, figure: { x: 0, y: 0, width: 500, height: 300 }, title: undefined, legend: undefined });
    expect(layoutFigure({ width: 500, height: 300 }, '   ', undefined, fakeMeasure).title).toBeUndefined();
  });

  it('wraps a long title to the image width and never lets 100,000 characters through', () => {
    const l = layoutFigure({ width: 400, height: 300 }, '很长的标题'.repeat(20_000), undefined, fakeMeasure);
    expect(l.title!.lines).toHaveLength(4);
    expect(l.title!.lines[3].endsWith('…')).toBe(true);
    for (const line of l.title!.lines) expect(fakeMeasure(line, 18, 600)).toBeLessThanOrEqual(l.width - 32);
  });
});

describe('wrapText', () => {
  it('breaks Chinese between characters and keeps closing punctuation off the line start', () => {
    const lines = wrapText('提供考证资源，包括师资培训', 14 * 6, measure14);
    expect(lines.join('')).toBe('提供考证资源，包括师资培训');
    for (const line of lines) expect(line.startsWith('，')).toBe(false);
  });

  it('breaks other scripts at spaces and splits a word longer than the line', () => {
    expect(wrapText('Key actor school', 14 * 0.55 * 10, measure14)).toEqual(['Key actor', 'school']);
    const parts = wrapText('x'.repeat(30), 14 * 0.55 * 10, measure14);
    expect(parts).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
  });

  it('truncates by code point, never splitting an emoji', () => {
    const cut = truncateText('🎓'.repeat(50), 14 * 5, measure14);
    expect(cut.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });
});

describe('colours and frames', () => {
  it('reads the colour syntaxes computed styles produce', () => {
    expect(parseCssColor('rgb(180, 83, 9)')).toEqual({ hex: '#b45309', alpha: 1 });
    expect(parseCssColor('color(srgb 0.392157 0.454902 0.545098 / 0.04)')).toEqual({ hex: '#64748b', alpha: 0.04 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ hex: '#000000', alpha: 0 });
    expect(parseCssColor('#1F4E79')).toEqual({ hex: '#1f4e79', alpha: 1 });
    expect(parseCssColor('url(javascript:alert(1))')).toBeUndefined();
    expect(paint('expression(alert(1))').hex).toBe('#6b7280');
  });

  it('frames content bounds with padding on whole pixels', () => {
    expect(frameAround({ x: 10.4, y: -3.2, width: 100.2, height: 50 }, 24)).toEqual({ x: -14, y: -28, width: 149, height: 99 });
    expect(unionRects([{ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 20, width: 1, height: 1 }])).toEqual({ x: -5, y: 0, width: 15, height: 21 });
    expect(unionRects([])).toBeUndefined();
  });
});
