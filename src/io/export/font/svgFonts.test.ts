// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { svgEl, svgText } from '../svgDom';
import { embedFonts } from './embedFonts';
import * as hb from 'harfbuzzjs';
import { outlineText } from './outlines';
import { shapeRuns } from './shapeRuns';
import { codepointsOf, loadSubsetter } from './subset';
import { emboldenHeavyText, textsOf } from './svgTexts';

const require = createRequire(import.meta.url);
const source = new Uint8Array(readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')));
const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));

function figure(): SVGSVGElement {
  const svg = svgEl(document, 'svg', { viewBox: '0 0 400 200', 'font-family': 'Noto Sans CJK SC, sans-serif' });
  svgEl(document, 'title', {}, svg).textContent = 'Figure';
  svgText(document, svg, [{ text: '智能制造企业', x: 200, baseline: 50 }, { text: 'School 学校', x: 200, baseline: 70 }], { size: 14, color: '#1f2328', anchor: 'middle' });
  svgText(document, svg, [{ text: '<img onerror=x>', x: 10, baseline: 120 }], { size: 20, weight: 600, color: 'rgb(220, 38, 38)' });
  return svg;
}

let subset: Uint8Array;
beforeAll(async () => {
  const hb = await loadSubsetter(wasm);
  subset = hb.subset(source, codepointsOf(textsOf(figure())));
});

/** x extent of absolute path data (every command's coordinate pairs). */
function xRange(d: string): [number, number] {
  const xs = [...d.matchAll(/[MLQCZ]([^MLQCZ]*)/g)].flatMap((m) => m[1].trim().split(/\s+/).filter(Boolean).map(Number).filter((_, i) => i % 2 === 0));
  return [Math.min(...xs), Math.max(...xs)];
}

describe('text as outlines', () => {
  it('replaces every <text> by a path, centred where the line was, its words kept as aria-label', async () => {
    const svg = figure();
    const result = await outlineText(svg, subset, async (font, texts) => shapeRuns(hb, font, texts)); // the worker's code, in-process
    expect(svg.querySelectorAll('text, tspan')).toHaveLength(0);
    const paths = [...svg.querySelectorAll('path.tm-text-outline')];
    expect(paths).toHaveLength(2);
    expect(result.glyphs).toBe([...'智能制造企业School 学校<img onerror=x>'].length);
    expect(paths[0].getAttribute('aria-label')).toBe('智能制造企业 School 学校');
    expect(paths[0].getAttribute('fill')).toBe('#1f2328');
    const [x1, x2] = xRange(paths[0].getAttribute('d')!);
    expect((x1 + x2) / 2).toBeGreaterThan(195);
    expect((x1 + x2) / 2).toBeLessThan(205);
    expect(x2 - x1).toBeGreaterThan(6 * 14 * 0.9); // six CJK characters at 14 px: about 84 px wide
    expect(x2 - x1).toBeLessThan(6 * 14 * 1.1);
    // A start-anchored line starts at its x; a 600-weight run gets a same-colour stroke.
    expect(xRange(paths[1].getAttribute('d')!)[0]).toBeGreaterThanOrEqual(10);
    expect(xRange(paths[1].getAttribute('d')!)[0]).toBeLessThan(14);
    expect(paths[1].getAttribute('stroke')).toBe(paths[1].getAttribute('fill'));
    expect(new XMLSerializer().serializeToString(svg)).not.toContain('<img');
  });
});

describe('embedded fonts', () => {
  it('adds one @font-face with the subset as a TrueType data URL and names it first', () => {
    const svg = figure();
    embedFonts(svg, { bytes: subset, subsetName: 'ABCDEF+NotoSansSC' });
    const style = svg.querySelector('defs > style')!;
    expect(style.textContent).toMatch(/^@font-face\{font-family:"ABCDEF-NotoSansSC";src:url\(data:font\/ttf;base64,[A-Za-z0-9+/=]+\) format\("truetype"\)/);
    const b64 = /base64,([^)]+)\)/.exec(style.textContent!)![1];
    expect(Buffer.from(b64, 'base64').equals(Buffer.from(subset))).toBe(true);
    expect(svg.getAttribute('font-family')).toBe('"ABCDEF-NotoSansSC", Noto Sans CJK SC, sans-serif');
    expect(svg.querySelectorAll('text')).toHaveLength(2); // still real text
  });
});

describe('faux bold for the PDF', () => {
  it('strokes 600+ text in its own colour and keeps it text', () => {
    const svg = figure();
    emboldenHeavyText(svg);
    const [normal, heavy] = [...svg.querySelectorAll('text')];
    expect(normal.getAttribute('stroke')).toBeNull();
    expect(heavy.getAttribute('stroke')).toBe(heavy.getAttribute('fill'));
    expect(Number(heavy.getAttribute('stroke-width'))).toBeCloseTo(0.7, 1);
    expect(heavy.getAttribute('font-weight')).toBeNull();
  });
});
