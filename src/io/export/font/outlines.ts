/**
 * "Text as outlines" for SVG: every `<text>` becomes one `<path>` of its glyph outlines, shaped by
 * HarfBuzz (harfbuzzjs, in a worker: shapeRuns.ts) with the figure's subset of Noto Sans SC — the
 * face the canvas's system font (Noto Sans CJK SC) shares its design and advances with. Word,
 * PowerPoint and Inkscape then show the figure exactly, with no font on the machine; the price is
 * that the text can no longer be edited or searched there. Each path keeps its words as
 * `aria-label` (with role="img"), so a screen reader still reads the label.
 *
 * Placement reuses what the canvas measured: each tspan's x (start or centre, per text-anchor)
 * and baseline; the line's width is the shaped advance, so a centred line stays centred.
 */
import type { Run, Shaped } from './shapeRuns';
import { FAUX_BOLD_EM, textElements, weightOf } from './svgTexts';

export type Shaper = (font: Uint8Array, texts: Run[][]) => Promise<Shaped[]>;
export type OutlineResult = { runs: number; glyphs: number };

/** The worker shaper: one worker per export, ended when done (harfbuzz's heap goes with it). */
export const workerShaper: Shaper = (font, texts) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./outline.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<{ ok: true; shaped: Shaped[] } | { ok: false; error: string }>) => {
      done();
      if (event.data.ok) resolve(event.data.shaped);
      else reject(new Error(`Text outlines failed: ${event.data.error}`));
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(`Text outlines failed: ${event.message || 'the worker could not start'}`));
    };
    worker.postMessage({ font, texts });
  });

function lineRuns(text: SVGTextElement): Run[] {
  const size = Number(text.getAttribute('font-size')) || 14;
  const middle = text.getAttribute('text-anchor') === 'middle';
  const spans = [...text.getElementsByTagName('tspan')];
  const of = (el: Element): Run => ({ text: el.textContent ?? '', x: Number(el.getAttribute('x')) || 0, y: Number(el.getAttribute('y')) || 0, size, middle });
  return spans.length > 0 ? spans.map(of) : [of(text)];
}

/** Replaces the SVG's text with outlines drawn from `fontBytes` (a face covering every character used). */
export async function outlineText(svg: SVGSVGElement, fontBytes: Uint8Array, shaper: Shaper = workerShaper): Promise<OutlineResult> {
  const doc = svg.ownerDocument;
  const texts = textElements(svg);
  const runs = texts.map(lineRuns);
  const shaped = await shaper(fontBytes, runs);
  let count = 0;
  texts.forEach((t, i) => {
    const size = runs[i][0]?.size ?? 14;
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('class', `tm-text-outline${t.getAttribute('class') ? ` ${t.getAttribute('class')}` : ''}`);
    path.setAttribute('d', shaped[i]?.d || 'M0 0');
    count += shaped[i]?.glyphs ?? 0;
    for (const attr of ['fill', 'fill-opacity']) {
      const v = t.getAttribute(attr);
      if (v) path.setAttribute(attr, v);
    }
    if (weightOf(t) >= 600 && t.getAttribute('fill')) {
      path.setAttribute('stroke', t.getAttribute('fill')!);
      path.setAttribute('stroke-width', String(Math.round(size * FAUX_BOLD_EM * 100) / 100));
      path.setAttribute('stroke-linejoin', 'round');
    }
    path.setAttribute('role', 'img');
    path.setAttribute('aria-label', runs[i].map((r) => r.text).join(' '));
    t.replaceWith(path);
  });
  return { runs: texts.length, glyphs: count };
}
