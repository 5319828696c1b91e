/**
 * "Text as outlines" for SVG: every `<text>` becomes one `<path>` of its glyph outlines, shaped by
 * HarfBuzz (harfbuzzjs) with the figure's subset of Noto Sans SC — the face the canvas's
 * system font (Noto Sans CJK SC) shares its design and advances with. Word, PowerPoint and
 * Inkscape then show the figure exactly, with no font on the machine; the price is that the text
 * can no longer be edited or searched there. Each path keeps its words as `aria-label` (with
 * role="img"), so a screen reader still reads the label.
 *
 * Placement reuses what the canvas measured: each tspan's x (start or centre, per text-anchor)
 * and baseline; the line's width is the shaped advance, so a centred line stays centred.
 */
import { Blob as HbBlob, Face, Font, Buffer as HbBuffer, shape } from 'harfbuzzjs';
import { FAUX_BOLD_EM, textElements, weightOf } from './svgTexts';

type Cmd = { type: string; values: number[] };

/** 0.1 px (0.03 mm at print size) is below what any printer or screen shows, and halves the file. */
const round = (n: number) => Math.round(n * 10) / 10;

export type OutlineResult = { runs: number; glyphs: number };

function lineRuns(text: SVGTextElement): { text: string; x: number; y: number }[] {
  const spans = [...text.getElementsByTagName('tspan')];
  const of = (el: Element) => ({ text: el.textContent ?? '', x: Number(el.getAttribute('x')) || 0, y: Number(el.getAttribute('y')) || 0 });
  return spans.length > 0 ? spans.map(of) : [of(text)];
}

function pathData(cmds: Cmd[], ox: number, oy: number, k: number, out: string[]): void {
  for (const c of cmds) {
    const v: number[] = [];
    for (let i = 0; i + 1 < c.values.length; i += 2) v.push(round(ox + c.values[i] * k), round(oy - c.values[i + 1] * k));
    out.push(c.type + v.join(' '));
  }
}

/** Replaces the SVG's text with outlines drawn from `fontBytes` (a face covering every character used). */
export function outlineText(svg: SVGSVGElement, fontBytes: Uint8Array): OutlineResult {
  const doc = svg.ownerDocument;
  const face = new Face(new HbBlob(fontBytes));
  const font = new Font(face);
  const upem = face.upem;
  const glyphs = new Map<number, Cmd[]>();
  const glyph = (id: number) => {
    let cmds = glyphs.get(id);
    if (!cmds) glyphs.set(id, (cmds = font.glyphToJson(id)));
    return cmds;
  };
  let count = 0;
  const texts = textElements(svg);
  for (const t of texts) {
    const size = Number(t.getAttribute('font-size')) || 14;
    const k = size / upem;
    const middle = t.getAttribute('text-anchor') === 'middle';
    const d: string[] = [];
    for (const run of lineRuns(t)) {
      if (!run.text) continue;
      const buffer = new HbBuffer();
      buffer.addText(run.text);
      buffer.guessSegmentProperties();
      shape(font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      const advance = positions.reduce((n, p) => n + p.xAdvance, 0);
      let pen = middle ? run.x - (advance * k) / 2 : run.x;
      infos.forEach((info, i) => {
        const p = positions[i];
        pathData(glyph(info.codepoint), pen + p.xOffset * k, run.y - p.yOffset * k, k, d);
        pen += p.xAdvance * k;
        count++;
      });
    }
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('class', `tm-text-outline${t.getAttribute('class') ? ` ${t.getAttribute('class')}` : ''}`);
    path.setAttribute('d', d.join('') || 'M0 0');
    for (const attr of ['fill', 'fill-opacity']) {
      const v = t.getAttribute(attr);
      if (v) path.setAttribute(attr, v);
    }
    if (weightOf(t) >= 600 && t.getAttribute('fill')) {
      path.setAttribute('stroke', t.getAttribute('fill')!);
      path.setAttribute('stroke-width', String(round(size * FAUX_BOLD_EM)));
      path.setAttribute('stroke-linejoin', 'round');
    }
    path.setAttribute('role', 'img');
    path.setAttribute('aria-label', lineRuns(t).map((r) => r.text).join(' '));
    t.replaceWith(path);
  }
  return { runs: texts.length, glyphs: count };
}
