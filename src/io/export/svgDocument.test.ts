// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { layoutFigure } from './figureLayout';
import { buildFigureSvg, serializeSvg, svgSize } from './svgDocument';
import { fakeMeasure, HOSTILE_LABEL, HOSTILE_SCRIPT, sampleScene } from './testing/sceneFixtures';

const legend = {
  heading: '图例',
  kinds: [{ id: 'actor', text: '关键主体', color: '#1f4e79', shape: 'rectangle' as const }],
  relations: [{ id: 'coop', text: '<b>合作</b>', color: '#1f4e79', line: 'solid' as const, arrow: 'both' as const }],
};

function exportSvg(title = '宁波"1+X"理论模型') {
  const scene = sampleScene();
  const layout = layoutFigure({ width: scene.frame.width, height: scene.frame.height }, title, legend, fakeMeasure);
  const svg = buildFigureSvg(document, { layout, scene, resolution: { mode: 'scale', scale: 2 }, background: 'white', font: '"Noto Sans CJK SC", sans-serif', name: title });
  const text = serializeSvg(svg);
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  return { text, parsed, layout };
}

describe('the SVG export', () => {
  it('is well-formed SVG with Chinese labels as <text>, wrapped lines as tspans', () => {
    const { text, parsed } = exportSvg();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const texts = [...parsed.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('学校第二行');
    expect(texts).toContain('关键主体');
    expect(texts).toContain('合作');
    expect(texts).toContain('宁波"1+X"理论模型'); // the title
    expect(parsed.getElementsByTagName('foreignObject')).toHaveLength(0);
  });

  it('keeps hostile labels as escaped text: no script, img or event handler ever becomes markup', () => {
    const { text, parsed } = exportSvg('<img src=x onerror=alert(1)>');
    for (const tag of ['script', 'img', 'foreignObject', 'iframe', 'b']) expect(parsed.getElementsByTagName(tag)).toHaveLength(0);
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    const all = [...parsed.getElementsByTagName('*')];
    expect(all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    const texts = [...parsed.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining([HOSTILE_LABEL, HOSTILE_SCRIPT, '<b>合作</b>', '<img src=x onerror=alert(1)>']));
  });

  it('never writes unsafe paint or path data', () => {
    const { text, parsed } = exportSvg();
    expect(text).not.toContain('javascript');
    const paths = [...parsed.getElementsByClassName('tm-edge')];
    expect(paths).toHaveLength(2); // the third edge's `d` was not path syntax
    const colours = all(parsed).flatMap((el) => ['fill', 'stroke'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null));
    for (const c of colours) expect(c).toMatch(/^(#[0-9a-f]{6}|none|url\(#tm-arrow-\d+\))$/);
  });

  it('gives every edge its arrowheads, defined once per colour', () => {
    const { parsed } = exportSvg();
    const [both, end] = [...parsed.getElementsByClassName('tm-edge')];
    const ids = [...parsed.getElementsByTagName('marker')].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of [both.getAttribute('marker-end'), both.getAttribute('marker-start'), end.getAttribute('marker-end')]) {
      expect(ids).toContain(/^url\(#(.+)\)$/.exec(ref ?? '')?.[1]);
    }
    expect(end.getAttribute('marker-start')).toBeNull();
    expect(end.getAttribute('stroke-dasharray')).toBe('7 5');
  });

  it('draws CSS Color 4 fills as hex plus opacity, and ellipses as ellipses', () => {
    const { parsed } = exportSvg();
    const groupBox = parsed.querySelector('.tm-group rect')!;
    expect(groupBox.getAttribute('fill')).toBe('#64748b');
    expect(groupBox.getAttribute('fill-opacity')).toBe('0.04');
    expect(groupBox.getAttribute('stroke-dasharray')).toBe('6 4.5');
    expect(parsed.querySelectorAll('.tm-node ellipse')).toHaveLength(1);
  });

  it('sizes the image by the scale, or in millimetres for a DPI', () => {
    const { parsed, layout } = exportSvg();
    expect(parsed.documentElement.getAttribute('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(parsed.documentElement.getAttribute('width')).toBe(String(layout.width * 2));
    expect(svgSize({ width: 960, height: 480 }, { mode: 'dpi', dpi: 300 })).toEqual({ width: '254mm', height: '127mm' });
  });

  it('leaves out the background when transparent and the figure when only decorations are wanted', () => {
    const scene = sampleScene();
    const layout = layoutFigure(scene.frame, 'T', legend, fakeMeasure);
    const svg = buildFigureSvg(document, { layout, resolution: { mode: 'scale', scale: 1 }, background: 'transparent', font: 'sans-serif', name: 'T' });
    expect(svg.querySelector('.tm-background')).toBeNull();
    expect(svg.querySelector('.tm-figure')).toBeNull();
    expect(svg.querySelector('.tm-legend')).not.toBeNull();
    expect(svg.querySelector('.tm-title')?.textContent).toBe('T');
  });
});

function all(doc: Document): Element[] {
  return [...doc.getElementsByTagName('*')];
}
