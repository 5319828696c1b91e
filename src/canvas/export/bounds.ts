/**
 * The area an export covers: the WHOLE model, not what is on screen. React Flow's node bounds
 * miss what is drawn outside nodes — self-loops above a node, curved edges bulging out, edge
 * labels — so those are measured too, then a padding is added (xyflow#2118: edges cut off).
 */
import type { Rect as FlowRect } from '@xyflow/react';
import { frameAround, unionRects, type Rect } from '../../io/export/scene';
import { FIGURE_PADDING } from '../../io/export/figureLayout';
import type { ToFlow } from './readText';

/** Half an arrowhead (React Flow's arrowclosed at 16 × stroke 1.6) beyond a path's end. */
const MARKER_REACH = 8;

/** Maps client rects inside a React Flow viewport element to flow coordinates. */
export function flowMapper(viewport: Element, zoom: number): ToFlow {
  const origin = viewport.getBoundingClientRect();
  return (r) => ({ x: (r.left - origin.left) / zoom, y: (r.top - origin.top) / zoom, width: r.width / zoom, height: r.height / zoom });
}

/** Node bounds (from React Flow, correct inside groups) + edge geometry + edge labels + padding. */
export function exportFrame(nodeBounds: FlowRect, viewport: Element, zoom: number): Rect {
  const rects: Rect[] = [nodeBounds];
  for (const path of viewport.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')) {
    const b = path.getBBox(); // user space of the edges' svg = flow coordinates
    rects.push({ x: b.x - MARKER_REACH, y: b.y - MARKER_REACH, width: b.width + 2 * MARKER_REACH, height: b.height + 2 * MARKER_REACH });
  }
  const toFlow = flowMapper(viewport, zoom);
  for (const label of viewport.querySelectorAll('.react-flow__edgelabel-renderer > *')) rects.push(toFlow(label.getBoundingClientRect()));
  const all = unionRects(rects) ?? { x: 0, y: 0, width: 1, height: 1 };
  return frameAround(all, FIGURE_PADDING);
}
