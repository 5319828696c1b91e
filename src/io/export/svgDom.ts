/**
 * The only way the SVG export creates markup: DOM nodes made with createElementNS, attributes
 * set with setAttribute and text with textContent. The serializer escapes both, so a label such
 * as `<script>…` or `"><img onerror=…>` stays text (the attack surface of exported SVGs:
 * excalidraw#11385, mermaid CVE-2025-54881). No string concatenation of markup anywhere.
 */
import { paint } from './color';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export type Attrs = Record<string, string | number | undefined>;

const fmt = (v: string | number) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

export function svgEl<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attrs: Attrs = {}, parent?: Element): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) el.setAttribute(key, fmt(value));
  }
  parent?.appendChild(el);
  return el;
}

export type TextLineSpec = { text: string; x: number; baseline: number };

/**
 * One `<text>` for a block of lines, one `<tspan>` per line the canvas wrapped; spaces are kept
 * (the canvas shows labels with `white-space: pre-wrap`).
 */
export function svgText(
  doc: Document,
  parent: Element,
  lines: readonly TextLineSpec[],
  style: { size: number; weight?: number; color: string; anchor?: 'start' | 'middle' },
): SVGTextElement {
  const fill = paint(style.color);
  const text = svgEl(doc, 'text', {
    'font-size': style.size,
    'font-weight': style.weight && style.weight !== 400 ? style.weight : undefined,
    fill: fill.hex,
    'fill-opacity': fill.alpha < 1 ? fill.alpha : undefined,
    'text-anchor': style.anchor === 'middle' ? 'middle' : undefined,
  }, parent);
  text.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  for (const line of lines) {
    const span = svgEl(doc, 'tspan', { x: line.x, y: line.baseline }, text);
    span.textContent = line.text;
  }
  return text;
}
