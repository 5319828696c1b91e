/**
 * What an exported figure contains, as plain data in flow coordinates (1 unit = 1 CSS px at
 * 100 % zoom). `src/canvas/export/readScene.ts` measures it from the live canvas — the boxes
 * React Flow laid out and the lines the browser actually wrapped — and the SVG builder draws it,
 * so the SVG shows the same line breaks as the canvas, not a re-guess of them.
 */
import type { ArrowHead, ArrowStyle, NodeShape } from '../../model/types';

export type Rect = { x: number; y: number; width: number; height: number };

/** One line of text as the browser laid it out; `x` is the line's centre or start per the block's anchor. */
export type TextLine = { text: string; x: number; baseline: number };

export type TextBlock = {
  lines: TextLine[];
  anchor: 'start' | 'middle';
  size: number;
  weight: number;
  color: string;
};

/** A box as the stylesheet draws it (colours are computed CSS values: rgb(), color(srgb …), #hex). */
export type BoxStyle = { fill: string; stroke: string; borderWidth: number; radius: number; dashed: boolean };

export type SceneNode = {
  box: Rect;
  shape: NodeShape;
  style: BoxStyle;
  badge?: { box: Rect; fill: string; text: TextBlock };
  label: TextBlock;
};

export type SceneGroup = { box: Rect; style: BoxStyle; title: TextBlock };

export type SceneEdge = {
  /** The SVG path data the canvas draws, in flow coordinates. */
  path: string;
  color: string;
  width: number;
  /** SVG stroke-dasharray, e.g. `7 5`; undefined for a solid line. */
  dash?: string;
  linecap?: 'round' | 'butt' | 'square';
  arrow: ArrowStyle;
  /** The arrowhead's shape (format v3); absent means `filled`. */
  head?: ArrowHead;
};

export type SceneEdgeLabel = { box: Rect; style: BoxStyle; text: TextBlock };

export type Scene = {
  /** The area exported: the whole model's bounds plus padding. */
  frame: Rect;
  /** Drawn in this order, like the canvas's stacking: group boxes, edges, nodes, edge labels. */
  groups: SceneGroup[];
  edges: SceneEdge[];
  nodes: SceneNode[];
  edgeLabels: SceneEdgeLabel[];
};

export function unionRects(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const r of rects) {
    if (![r.x, r.y, r.width, r.height].every(Number.isFinite)) continue;
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.width);
    y2 = Math.max(y2, r.y + r.height);
  }
  return x1 <= x2 ? { x: x1, y: y1, width: x2 - x1, height: y2 - y1 } : undefined;
}

/** The exported frame: content bounds grown by `pad` and snapped outwards to whole pixels. */
export function frameAround(bounds: Rect, pad: number): Rect {
  const x = Math.floor(bounds.x - pad);
  const y = Math.floor(bounds.y - pad);
  return { x, y, width: Math.ceil(bounds.x + bounds.width + pad) - x, height: Math.ceil(bounds.y + bounds.height + pad) - y };
}
