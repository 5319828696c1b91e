/**
 * Measures the staged canvas copy (zoom 1, chrome removed) into a Scene for the SVG builder:
 * boxes from React Flow's layout, colours and borders from the computed styles the canvas
 * uses, text lines as the browser wrapped them. What a node *is* (group or element, ellipse or
 * not, its arrowheads) comes from React Flow's node and edge data, never from parsing the DOM.
 */
import type { Edge, InternalNode } from '@xyflow/react';
import type { BoxStyle, Rect, Scene, SceneEdge, SceneEdgeLabel, SceneGroup, SceneNode, TextBlock } from '../../io/export/scene';
import type { FlowNode, RelationFlowEdge } from '../../io/flow';
import { flowMapper } from './bounds';
import { readNear, shiftRect, shiftText } from './farAway';
import { readTextBlock, type ToFlow } from './readText';

export type SceneSource = {
  nodes: FlowNode[];
  internal: (id: string) => InternalNode<FlowNode> | undefined;
  edge: (id: string) => Edge | RelationFlowEdge | undefined;
};

const px = (v: string) => parseFloat(v) || 0;

function boxStyle(el: Element, box: Rect): BoxStyle {
  const s = getComputedStyle(el);
  const r = s.borderTopLeftRadius;
  const radius = r.endsWith('%') ? (px(r) / 100) * Math.min(box.width, box.height) : px(r);
  return { fill: s.backgroundColor, stroke: s.borderTopColor, borderWidth: s.borderTopStyle === 'none' ? 0 : px(s.borderTopWidth), radius, dashed: s.borderTopStyle === 'dashed' };
}

function centred(block: TextBlock, box: Rect): TextBlock {
  return { ...block, lines: block.lines.map((l) => ({ ...l, x: box.x + box.width / 2 })) };
}

function nodeBox(source: SceneSource, node: FlowNode): Rect | undefined {
  const internal = source.internal(node.id);
  if (!internal) return undefined;
  const { x, y } = internal.internals.positionAbsolute;
  const width = internal.measured.width ?? internal.width ?? 0;
  const height = internal.measured.height ?? internal.height ?? 0;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

function readNode(el: Element, node: FlowNode, box: Rect, toFlow: ToFlow): SceneGroup | SceneNode | undefined {
  if (node.type === 'group') {
    const inner = el.querySelector('.tm-group');
    const title = el.querySelector('.tm-group-title');
    if (!inner) return undefined;
    return { box, style: boxStyle(inner, box), title: title ? readTextBlock(title, toFlow, 'start') : emptyText() };
  }
  const inner = el.querySelector('.tm-node');
  const label = el.querySelector('.tm-label');
  if (!inner) return undefined;
  const badgeEl = el.querySelector('.tm-badge');
  let badge: SceneNode['badge'];
  if (badgeEl) {
    const b = toFlow(badgeEl.getBoundingClientRect());
    badge = { box: b, fill: getComputedStyle(badgeEl).backgroundColor, text: centred(readTextBlock(badgeEl, toFlow, 'middle', true), b) };
  }
  return { box, shape: node.data.shape, style: boxStyle(inner, box), badge, label: label ? readTextBlock(label, toFlow, 'middle') : emptyText() };
}

const emptyText = (): TextBlock => ({ lines: [], anchor: 'start', size: 14, weight: 400, color: '#000' });

function dashOf(value: string): string | undefined {
  if (!value || value === 'none') return undefined;
  const parts = value.split(/[\s,]+/).map(px).filter((n) => n >= 0);
  return parts.length > 0 && parts.some((n) => n > 0) ? parts.join(' ') : undefined;
}

function readEdges(viewport: Element, source: SceneSource): SceneEdge[] {
  const edges: SceneEdge[] = [];
  for (const path of viewport.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')) {
    const d = path.getAttribute('d');
    const data = source.edge(path.id)?.data as RelationFlowEdge['data'] | undefined;
    if (!d) continue;
    const s = getComputedStyle(path);
    const cap = s.strokeLinecap;
    edges.push({
      path: d,
      color: s.stroke,
      // The relation's own width from the edge data; the computed style only for foreign edges.
      width: data?.width ?? (px(s.strokeWidth) || 1),
      dash: dashOf(s.strokeDasharray),
      linecap: cap === 'round' || cap === 'square' ? cap : 'butt',
      arrow: data?.arrow ?? (path.getAttribute('marker-end') ? 'end' : 'none'),
      ...(data?.head ? { head: data.head } : {}),
    });
  }
  return edges;
}

function readEdgeLabels(viewport: Element, toFlow: ToFlow, frame: Rect): SceneEdgeLabel[] {
  return [...viewport.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *')].map((el) => {
    const { value, dx, dy } = readNear(el, frame, () => {
      const box = toFlow(el.getBoundingClientRect());
      return { box, style: boxStyle(el, box), text: centred(readTextBlock(el, toFlow, 'middle', true), box) };
    });
    return { ...value, box: shiftRect(value.box, dx, dy), text: shiftText(value.text, dx, dy) };
  });
}

/** A node's text, read with the node moved near the frame if it is too far for the browser's layout (farAway.ts). */
function readNodeNear(el: HTMLElement, node: FlowNode, box: Rect, toFlow: ToFlow, frame: Rect): SceneGroup | SceneNode | undefined {
  const { value, dx, dy } = readNear(el, frame, () => readNode(el, node, { ...box, x: frame.x, y: frame.y }, toFlow));
  if (!value) return undefined;
  if ('title' in value) return { ...value, box, title: shiftText(value.title, dx, dy) };
  const badge = value.badge && { ...value.badge, box: shiftRect(value.badge.box, dx, dy), text: shiftText(value.badge.text, dx, dy) };
  return { ...value, box, badge, label: shiftText(value.label, dx, dy) };
}

/** Reads the stage's viewport copy; `zoom` is the copy's zoom (1 on the stage). */
export function readScene(viewport: HTMLElement, source: SceneSource, frame: Rect, zoom = 1): Scene {
  const toFlow = flowMapper(viewport, zoom);
  const elements = new Map<string, HTMLElement>();
  for (const el of viewport.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const id = el.getAttribute('data-id');
    if (id !== null) elements.set(id, el);
  }
  const groups: SceneGroup[] = [];
  const nodes: SceneNode[] = [];
  // Document order puts parents before children, which is also the canvas's stacking order.
  for (const node of source.nodes) {
    const el = elements.get(node.id);
    const box = nodeBox(source, node);
    if (!el || !box) continue;
    const item = readNodeNear(el, node, box, toFlow, frame);
    if (!item) continue;
    if (node.type === 'group') groups.push(item as SceneGroup);
    else nodes.push(item as SceneNode);
  }
  return { frame, groups, edges: readEdges(viewport, source), nodes, edgeLabels: readEdgeLabels(viewport, toFlow, frame) };
}
