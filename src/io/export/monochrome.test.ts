import { describe, expect, it } from 'vitest';
import { parseCssColor } from './color';
import { fillOf, greyOf, inkOf, luminance, monochromeEntries, monochromeScene, paperOf } from './monochrome';
import type { Scene } from './scene';

const achromatic = (css: string) => {
  const p = parseCssColor(css)!;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(p.hex.slice(i, i + 2), 16));
  return r === g && g === b;
};
const level = (css: string) => parseInt(parseCssColor(css)!.hex.slice(1, 3), 16) / 255;

const block = (color: string) => ({ lines: [{ text: 'x', x: 0, baseline: 10 }], anchor: 'middle' as const, size: 14, weight: 400, color });
const style = (fill: string, stroke: string) => ({ fill, stroke, borderWidth: 1.5, radius: 6, dashed: false });
const rect = { x: 0, y: 0, width: 100, height: 40 };
const scene: Scene = {
  frame: { x: 0, y: 0, width: 300, height: 200 },
  groups: [{ box: rect, style: style('color(srgb 0.95 0.97 1 / 0.6)', 'rgb(100, 140, 220)'), title: block('rgb(60, 90, 160)') }],
  edges: [
    { path: 'M0,0 L10,10', color: 'rgb(220, 38, 38)', width: 1.6, dash: '7 5', arrow: 'end' },
    { path: 'M0,0 L10,10', color: '#2563eb', width: 2.4, arrow: 'both' },
  ],
  nodes: [{ box: rect, shape: 'rounded', style: style('color(srgb 0.96 0.9 0.9)', 'rgb(220, 38, 38)'), label: block('rgb(31, 35, 40)'), badge: { box: rect, fill: 'rgb(254, 226, 226)', text: block('rgb(153, 27, 27)') } }],
  edgeLabels: [{ box: rect, style: style('#ffffff', '#d0d7de'), text: block('rgb(220, 38, 38)') }],
};

describe('black-and-white mapping', () => {
  it('inks become black (keeping opacity); light neutral hairlines keep their light grey', () => {
    expect(inkOf('rgb(220, 38, 38)')).toBe('#000000');
    expect(inkOf('rgba(37, 99, 235, 0.5)')).toBe('#00000080');
    expect(inkOf('#d0d7de')).not.toBe('#000000');
    expect(achromatic(inkOf('#d0d7de'))).toBe(true);
    expect(level(inkOf('#d0d7de'))).toBeGreaterThan(0.7);
    expect(inkOf('transparent')).toBe('transparent');
  });

  it('fills become white or a light grey, darker for a stronger tint, never below 82 %', () => {
    expect(paperOf('#ffffff')).toBe('#ffffff');
    const faint = paperOf('color(srgb 0.96 0.93 0.93)');
    const strong = paperOf('rgb(254, 215, 215)');
    for (const c of [faint, strong, paperOf('#000000'), paperOf('rgb(37, 99, 235)')]) {
      expect(achromatic(c), c).toBe(true);
      expect(level(c), c).toBeGreaterThanOrEqual(0.819);
    }
    expect(level(strong)).toBeLessThan(level(faint));
  });

  it('a strong fill is a mark: it becomes black, and the white text on it stays white', () => {
    expect(fillOf('rgb(180, 83, 9)')).toBe('#000000');
    expect(fillOf('color(srgb 0.96 0.93 0.93)')).toBe(paperOf('color(srgb 0.96 0.93 0.93)'));
    expect(inkOf('#ffffff')).toBe('#ffffff');
    const bw = monochromeScene({ ...scene, nodes: [{ ...scene.nodes[0], badge: { box: rect, fill: 'rgb(180, 83, 9)', text: block('#ffffff') } }] });
    expect([bw.nodes[0].badge!.fill, bw.nodes[0].badge!.text.color]).toEqual(['#000000', '#ffffff']);
  });

  it('maps every colour of a scene and leaves the geometry, dashes and arrows alone', () => {
    const bw = monochromeScene(scene);
    const colours = [
      ...bw.groups.flatMap((g) => [g.style.fill, g.style.stroke, g.title.color]),
      ...bw.edges.map((e) => e.color),
      ...bw.nodes.flatMap((n) => [n.style.fill, n.style.stroke, n.label.color, n.badge!.fill, n.badge!.text.color]),
      ...bw.edgeLabels.flatMap((l) => [l.style.fill, l.style.stroke, l.text.color]),
    ];
    for (const c of colours) expect(achromatic(c), c).toBe(true);
    expect(bw.edges.map((e) => [e.path, e.dash, e.width, e.arrow])).toEqual(scene.edges.map((e) => [e.path, e.dash, e.width, e.arrow]));
    expect(bw.nodes[0].label.color).toBe('#000000');
    expect(bw.nodes[0].box).toBe(scene.nodes[0].box);
    expect(scene.edges[0].color).toBe('rgb(220, 38, 38)'); // the input is not mutated
  });

  it('maps legend entries, keeping their other fields', () => {
    expect(monochromeEntries([{ id: 'a', color: '#16a34a', line: 'dashed' }])).toEqual([{ id: 'a', color: '#000000', line: 'dashed' }]);
  });

  it('greys any other colour at its own lightness, and leaves none/url() alone', () => {
    expect(greyOf('none')).toBeUndefined();
    expect(greyOf('url(#m)')).toBeUndefined();
    const g = greyOf('#1f2328')!;
    expect(achromatic(g)).toBe(true);
    expect(Math.abs(luminance(parseCssColor(g)!.hex) - luminance('#1f2328'))).toBeLessThan(0.01);
  });
});
