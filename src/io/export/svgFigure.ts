/**
 * The figure itself as real SVG: boxes as rect/ellipse, labels as text, edges as paths with
 * arrowhead markers, in the canvas's stacking order. Geometry and line breaks come from the
 * measured scene, so the SVG matches the canvas; only the drawing primitives are ours.
 */
import { paint } from './color';
import type { BoxStyle, Rect, Scene, SceneEdge, TextBlock } from './scene';
import { svgEl, svgText } from './svgDom';

/** React Flow's `arrowclosed` marker (packages/react MarkerSymbols), scaled by the stroke width as it is there. */
const MARKER = { size: 16, viewBox: '-10 -10 20 20', end: '-5,-4 0,0 -5,4 -5,-4', start: '5,-4 0,0 5,4 5,-4' };

type Markers = { ref: (color: string, end: 'start' | 'end') => string };

/**
 * One marker per colour and end. The start marker is drawn pre-reversed with orient="auto"
 * rather than SVG 2's `auto-start-reverse`, which some SVG 1.1 renderers ignore.
 */
function markerDefs(doc: Document, defs: Element, edges: readonly SceneEdge[]): Markers {
  const ids = new Map<string, string>();
  const ensure = (color: string, end: 'start' | 'end') => {
    const p = paint(color);
    const key = `${p.hex}|${end}`;
    let id = ids.get(key);
    if (!id) {
      id = `tm-arrow-${ids.size + 1}`; // generated ids: no user text ever becomes an id
      ids.set(key, id);
      const marker = svgEl(doc, 'marker', { id, markerWidth: MARKER.size, markerHeight: MARKER.size, viewBox: MARKER.viewBox, markerUnits: 'strokeWidth', orient: 'auto', refX: 0, refY: 0 }, defs);
      svgEl(doc, 'polyline', { points: end === 'end' ? MARKER.end : MARKER.start, fill: p.hex, stroke: p.hex, 'stroke-width': 1, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, marker);
    }
    return id;
  };
  for (const e of edges) {
    if (e.arrow !== 'none') ensure(e.color, 'end');
    if (e.arrow === 'both') ensure(e.color, 'start');
  }
  return { ref: (color, end) => `url(#${ensure(color, end)})` };
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
    'marker-end': e.arrow !== 'none' ? markers.ref(e.color, 'end') : undefined,
    'marker-start': e.arrow === 'both' ? markers.ref(e.color, 'start') : undefined,
  }, parent);
}

/**
 * Draws the scene into a new `<g>` under `parent`, shifted so the scene's frame starts at (x, y).
 * Path data is only ever our own floating-edge geometry, but it is still checked: a `d` that is
 * not path syntax is dropped rather than written.
 */
export function drawScene(doc: Document, parent: Element, defs: Element, scene: Scene, at: { x: number; y: number }): SVGGElement {
  const g = svgEl(doc, 'g', { class: 'tm-figure', transform: `translate(${round(at.x - scene.frame.x)} ${round(at.y - scene.frame.y)})` }, parent);
  const markers = markerDefs(doc, defs, scene.edges);
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
