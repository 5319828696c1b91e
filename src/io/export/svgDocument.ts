/**
 * Assembles the exported SVG file: background, title, legend and figure in one `<svg>` whose
 * viewBox is the layout in CSS px. The options' scale only changes the width/height attributes
 * (the drawing is vector); a DPI choice gives the physical print size instead, in millimetres,
 * the same size the PNG at that DPI prints at.
 */
import { CSS_DPI, type Background, type Resolution } from './options';
import type { FigureLayout } from './figureLayout';
import type { Scene } from './scene';
import { drawLegend, drawTitle } from './svgDecorations';
import { drawScene } from './svgFigure';
import { svgEl } from './svgDom';

export type SvgInput = {
  layout: FigureLayout;
  /** Undefined to draw only the decorations (the PNG export adds the captured canvas itself). */
  scene?: Scene;
  resolution: Resolution;
  background: Background;
  /** The CSS font-family list of the canvas. */
  font: string;
  /** The model title for the SVG's accessible `<title>` (shown or not). */
  name: string;
};

const MM_PER_INCH = 25.4;

/** width/height attribute values: px for a scale, mm for a DPI (the print size at any DPI is 96 CSS px per inch). */
export function svgSize(layout: Pick<FigureLayout, 'width' | 'height'>, resolution: Resolution): { width: string; height: string } {
  if (resolution.mode === 'dpi') {
    const mm = (px: number) => `${Math.round((px / CSS_DPI) * MM_PER_INCH * 100) / 100}mm`;
    return { width: mm(layout.width), height: mm(layout.height) };
  }
  return { width: String(layout.width * resolution.scale), height: String(layout.height * resolution.scale) };
}

export function buildFigureSvg(doc: Document, input: SvgInput): SVGSVGElement {
  const { layout } = input;
  const size = svgSize(layout, input.resolution);
  const svg = svgEl(doc, 'svg', { version: '1.1', width: size.width, height: size.height, viewBox: `0 0 ${layout.width} ${layout.height}`, 'font-family': input.font, role: 'img' });
  svgEl(doc, 'title', {}, svg).textContent = input.name;
  const defs = svgEl(doc, 'defs', {}, svg);
  if (input.background === 'white') svgEl(doc, 'rect', { class: 'tm-background', x: 0, y: 0, width: layout.width, height: layout.height, fill: '#ffffff' }, svg);
  if (layout.title) drawTitle(doc, svg, layout.title);
  if (layout.legend) drawLegend(doc, svg, layout.legend);
  if (input.scene) drawScene(doc, svg, defs, input.scene, layout.figure);
  if (!defs.hasChildNodes()) defs.remove();
  return svg;
}

/** A standalone .svg file: XML declaration, namespaces, every text escaped by the serializer. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
