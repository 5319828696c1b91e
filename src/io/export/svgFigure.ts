/**
 * The figure itself as real SVG: boxes as rect/ellipse, labels as text, edges as paths with
 * arrowhead markers, in the canvas's stacking order. Geometry and line breaks come from the
 * measured scene, so the SVG matches the canvas; only the drawing primitives are ours.
 */
import { headBox, headGeometry } from '../../model/arrowHead';
import { paint } from './color';
import type { BoxStyle, Rect, Scene, SceneEdge, TextBlock } from './scene';
import { svgEl, svgText } from './svgDom';

type Markers = { ref: (e: SceneEdge, end: 'start' | 'end') => string | undefined };

/**
 * One marker per head shape, colour, width and end, with the canvas's own head geometry
 * (model/arrowHead.ts), so the SVG's heads are the canvas's. The start marker is drawn
 * pre-reversed with orient="auto" rather than SVG 2's `auto-start-reverse`, which some SVG 1.1
 * renderers ignore.
 */
function markerDefs(doc: Document, defs: Element): Markers {
  const ids = new Map<string, string>();
  const ensure = (e: SceneEdge, end: 'start' | 'end') => {
    const p = paint(e.color);
    const head = e.head ?? 'filled';
    const dir = end === 'end' ? 1 : -1;
    const g = headGeometry(head, e.width, dir);
    if (!g) return undefined;
    const key = `${head}|${p.hex}|${e.width}|${end}`;
    let id = ids.get(key);
    if (!id) {
      id = `tm-arrow-${ids.size + 1}`; // generated ids: no user text ever becomes an id
      ids.set(key, id);
      const box = headBox(g, dir);
      const marker = svgEl(doc, 'marker', {
        id, markerUnits: 'userSpaceOnUse', orient: 'auto', refX: 0, refY: 0,
        viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`, markerWidth: box.width, markerHeight: box.height,
      }, defs);
      if (g.filled) svgEl(doc, 'path', { d: g.d, fill: p.hex }, marker);
      else svgEl(doc, 'path', { d: g.d, fill: 'none', stroke: p.hex, 'stroke-width': g.stroke, 'stroke-linejoin': 'miter', 'stroke-miterlimit': 10 }, marker);
    }
    return id;
  };
  return { ref: (e, end) => {
    const id = ensure(e, end);
    return id ? `url(#${id})` : undefined;
  } };
}

function paintAttrs(prefix: 'fill' | 'stroke', value: string): Record<string, string | number | undefined> {
  const p = paint(value);
  if (p.alpha === 0) return { [prefix]: 'none' };
  return { [prefix]: p.hex, [`${prefix}-opacity`]: p.alpha < 1 ? Math.round(p.alpha * 1000) / 1000 : undefined };
}

/** A CSS border box as an SVG shape: the stroke is centred on the outline, so inset by half the border. */
function box(doc: Document, parent: Element, r: Rect, style: BoxStyle, ellipse = false): void {
  const w = style.borderWidth;
  const common = {
    ...paintAttrs('fill', style.fill),
    ...(w > 0 ? paintAttrs('stroke', style.stroke) : { stroke: 'none' }),
    'stroke-width': w > 0 ? w : undefined,
    'stroke-dasharray': style.dashed && w > 0 ? `${w * 4} ${w * 3}` : undefined,
  };
  if (ellipse) {
    svgEl(doc, 'ellipse', { cx: r.x + r.width / 2, cy: r.y + r.height / 2, rx: Math.max(0, (r.width - w) / 2), ry: Math.max(0, (r.height - w) / 2), ...common }, parent);
    return;
  }
  const radius = Math.max(0, Math.min(style.radius - w / 2, (r.width - w) / 2, (r.height - w) / 2));
  svgEl(doc, 'rect', { x: r.x + w / 2, y: r.y + w / 2, width: Math.max(0, r.width - w), height: Math.max(0, r.height - w), rx: radius > 0 ? radius : undefined, ...common }, parent);
}

function text(doc: Document, parent: Element, block: TextBlock): void {
  if (block.lines.length === 0) return;
  svgText(doc, parent, block.lines, { size: block.size, weight: block.weight, color: block.color, anchor: block.anchor });
}

function edge(doc: Document, parent: Element, e: SceneEdge, markers: Markers): void {
  const p = paint(e.color);
  svgEl(doc, 'path', {
    class: 'tm-edge',
    d: e.path,
    fill: 'none',
    stroke: p.hex,
    'stroke-width': e.width,
    'stroke-dasharray': e.dash,
    'stroke-linecap': e.linecap && e.linecap !== 'butt' ? e.linecap : undefined,
    'marker-end': e.arrow !== 'none' ? markers.ref(e, 'end') : undefined,
    'marker-start': e.arrow === 'both' ? markers.ref(e, 'start') : undefined,
  }, parent);
}

/**
 * Draws the scene into a new `<g>` under `parent`, shifted so the scene's frame starts at (x, y).
 * Path data is only ever our own floating-edge geometry, but it is still checked: a `d` that is
 * not path syntax is dropped rather than written.
 */
export function drawScene(doc: Document, parent: Element, defs: Element, scene: Scene, at: { x: number; y: number }): SVGGElement {
  const g = svgEl(doc, 'g', { class: 'tm-figure', transform: `translate(${round(at.x - scene.frame.x)} ${round(at.y - scene.frame.y)})` }, parent);
  const markers = markerDefs(doc, defs);
  for (const group of scene.groups) {
    const layer = svgEl(doc, 'g', { class: 'tm-group' }, g);
    box(doc, layer, group.box, group.style);
    text(doc, layer, group.title);
  }
  const edges = svgEl(doc, 'g', { class: 'tm-edges' }, g);
  for (const e of scene.edges) if (isPathData(e.path)) edge(doc, edges, e, markers);
  for (const node of scene.nodes) {
    const layer = svgEl(doc, 'g', { class: 'tm-node' }, g);
    box(doc, layer, node.box, node.style, node.shape === 'ellipse');
    if (node.badge) {
      const b = node.badge.box;
      svgEl(doc, 'rect', { x: b.x, y: b.y, width: b.width, height: b.height, rx: b.height / 2, ...paintAttrs('fill', node.badge.fill) }, layer);
      text(doc, layer, node.badge.text);
    }
    text(doc, layer, node.label);
  }
  for (const label of scene.edgeLabels) {
    const layer = svgEl(doc, 'g', { class: 'tm-edge-label' }, g);
    box(doc, layer, label.box, label.style);
    text(doc, layer, label.text);
  }
  return g;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** SVG path syntax only: commands, numbers, separators. */
export function isPathData(d: string): boolean {
  return /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]*$/.test(d) && /^\s*[Mm]/.test(d);
}
