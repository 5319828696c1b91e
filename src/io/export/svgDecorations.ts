/**
 * The title and the legend of an exported figure, as SVG. The PNG export draws these same
 * elements (inlined next to the captured canvas), so both formats show identical decorations.
 * The swatches repeat the geometry of `src/canvas/Swatches.tsx` (io must not import canvas).
 */
import type { LegendKind, LegendRelation } from '../../model/legend';
import { headGeometry } from '../../model/arrowHead';
import { dashArray, lineCap, strokeOf, swatchDashOffset, swatchLine, SWATCH } from '../../model/relationStyle';
import type { NodeShape } from '../../model/types';
import { paint } from './color';
import { LEGEND_STYLE, TITLE_STYLE, type FigureLayout, type LegendLayout } from './figureLayout';
import { svgEl, svgText } from './svgDom';

export const INK = '#1f2328';
const LEGEND_BORDER = '#d0d7de';
const SEPARATOR = '#eaeef2';
const KIND_RADIUS: Record<NodeShape, number> = { rectangle: 2, rounded: 6, pill: 7, ellipse: 7 };

export function drawTitle(doc: Document, parent: Element, title: NonNullable<FigureLayout['title']>): void {
  const lines = title.lines.map((text, i) => ({ text, x: title.centre, baseline: title.firstBaseline + i * title.lineHeight }));
  const el = svgText(doc, parent, lines, { size: TITLE_STYLE.size, weight: TITLE_STYLE.weight, color: INK, anchor: 'middle' });
  el.setAttribute('class', 'tm-title');
}

function kindSwatch(doc: Document, parent: Element, x: number, y: number, k: LegendKind): void {
  const { width, height } = LEGEND_STYLE.kindSwatch;
  const c = paint(k.color).hex;
  const common = { fill: c, 'fill-opacity': 0.12, stroke: c, 'stroke-width': 1.5 };
  if (k.shape === 'ellipse') {
    svgEl(doc, 'ellipse', { cx: x + width / 2, cy: y + height / 2, rx: (width - 1.5) / 2, ry: (height - 1.5) / 2, ...common }, parent);
  } else {
    svgEl(doc, 'rect', { x: x + 0.75, y: y + 0.75, width: width - 1.5, height: height - 1.5, rx: KIND_RADIUS[k.shape], ...common }, parent);
  }
}

/** The canvas legend's swatch (canvas/Swatches.tsx), drawn with the same shared geometry. */
function relationSwatch(doc: Document, parent: Element, x: number, y: number, r: LegendRelation): void {
  const c = paint(r.color).hex;
  const { line, width, head } = strokeOf(r);
  const geo = swatchLine(r.arrow, head, width);
  const g = svgEl(doc, 'g', { transform: `translate(${x} ${y})` }, parent);
  svgEl(doc, 'line', {
    x1: geo.x1, y1: SWATCH.mid, x2: geo.x2, y2: SWATCH.mid,
    stroke: c, 'stroke-width': width, 'stroke-dasharray': dashArray(line, width), 'stroke-dashoffset': swatchDashOffset(line, width, geo, head) || undefined, 'stroke-linecap': lineCap(line) === 'round' ? 'round' : undefined,
  }, g);
  const draw = (dir: 1 | -1, at: number) => {
    const h = headGeometry(head, width, dir);
    if (!h) return;
    const placed = { d: h.d, transform: `translate(${at} ${SWATCH.mid})` };
    if (h.filled) svgEl(doc, 'path', { ...placed, fill: c }, g);
    else svgEl(doc, 'path', { ...placed, fill: 'none', stroke: c, 'stroke-width': h.stroke, 'stroke-linejoin': 'miter', 'stroke-miterlimit': 10 }, g);
  };
  if (geo.end) draw(1, geo.x2);
  if (geo.start) draw(-1, geo.x1);
}

export function drawLegend(doc: Document, parent: Element, legend: LegendLayout): void {
  const L = LEGEND_STYLE;
  const g = svgEl(doc, 'g', { class: 'tm-legend' }, parent);
  const b = legend.box;
  svgEl(doc, 'rect', { x: b.x + 0.5, y: b.y + 0.5, width: b.width - 1, height: b.height - 1, rx: 8, fill: 'none', stroke: LEGEND_BORDER, 'stroke-width': 1 }, g);
  svgText(doc, g, [{ text: legend.heading.text, x: legend.heading.x, baseline: legend.heading.baseline }], { size: L.headingSize, weight: L.headingWeight, color: INK });
  if (legend.separator) {
    const s = legend.separator;
    svgEl(doc, 'line', { x1: s.x1, y1: s.y, x2: s.x2, y2: s.y, stroke: SEPARATOR, 'stroke-width': 1 }, g);
  }
  for (const item of legend.items) {
    const swatchWidth = item.type === 'kind' ? L.kindSwatch.width : L.relationSwatch.width;
    if (item.type === 'kind') kindSwatch(doc, g, item.x, item.y + (L.row - L.kindSwatch.height) / 2, item.entry);
    else relationSwatch(doc, g, item.x, item.y + (L.row - L.relationSwatch.height) / 2, item.entry);
    svgText(doc, g, [{ text: item.text, x: item.x + swatchWidth + L.swatchGap, baseline: item.y + L.row / 2 + L.size * 0.36 }], { size: L.size, color: INK });
  }
}
