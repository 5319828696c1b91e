import type { InternalNode, Node, ReactFlowState } from '@xyflow/react';

/** One node as the minimap draws it: its box on the canvas, its fill, whether it is selected. */
export type MiniRect = { id: string; x: number; y: number; width: number; height: number; color: string; selected: boolean };
export type MiniRects = { rects: readonly MiniRect[]; bounds: { x: number; y: number; width: number; height: number } | null };

const EMPTY: MiniRects = { rects: [], bounds: null };

const widthOf = (node: InternalNode) => node.measured.width ?? node.internals.userNode.width ?? node.internals.userNode.initialWidth ?? 0;
const heightOf = (node: InternalNode) => node.measured.height ?? node.internals.userNode.height ?? node.internals.userNode.initialHeight ?? 0;
/** Drawn: not hidden, and measured (or given a size). */
const shown = (node: InternalNode) => !node.internals.userNode.hidden && widthOf(node) > 0 && heightOf(node) > 0;

/** Whether `p` still draws `node` as it is now (read in place: no object made per node). */
function unchanged(p: MiniRect | undefined, node: InternalNode, colorOf: (node: Node) => string): p is MiniRect {
  const user = node.internals.userNode;
  const at = node.internals.positionAbsolute;
  return !!p && p.id === node.id && p.x === at.x && p.y === at.y && p.width === widthOf(node) && p.height === heightOf(node) && p.selected === !!user.selected && p.color === colorOf(user);
}

/**
 * All nodes' minimap boxes, read by ONE store selector that keeps its answer (the same object)
 * while no node moved, resized, changed colour or selection. React Flow's own MiniMap runs a
 * selector per node on every store update, each pan and drag frame: 500 more selectors and shallow
 * compares per frame at 500 nodes, about 2 ms a pan frame (issue 15). This compares in one pass
 * without allocating, and when something changed rebuilds the list keeping the unchanged boxes'
 * objects, so the minimap redraws only the boxes that changed.
 */
export function miniRectsSelector(colorOf: (node: Node) => string) {
  let last: MiniRects = EMPTY;
  return (s: ReactFlowState): MiniRects => {
    const prev = last.rects;
    let k = 0;
    let same = true;
    for (const node of s.nodeLookup.values()) {
      if (!shown(node)) continue;
      if (!unchanged(prev[k++], node, colorOf)) {
        same = false;
        break;
      }
    }
    if (same && k === prev.length) return last;
    const before = new Map(prev.map((r) => [r.id, r] as const));
    const rects: MiniRect[] = [];
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const node of s.nodeLookup.values()) {
      if (!shown(node)) continue;
      const p = before.get(node.id);
      const { x, y } = node.internals.positionAbsolute;
      const r = unchanged(p, node, colorOf) ? p : { id: node.id, x, y, width: widthOf(node), height: heightOf(node), color: colorOf(node.internals.userNode), selected: !!node.internals.userNode.selected };
      rects.push(r);
      x0 = Math.min(x0, r.x);
      y0 = Math.min(y0, r.y);
      x1 = Math.max(x1, r.x + r.width);
      y1 = Math.max(y1, r.y + r.height);
    }
    return (last = { rects, bounds: rects.length > 0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null });
  };
}

/** The part of the canvas the window shows, in canvas coordinates. */
export type ViewBox = { x: number; y: number; width: number; height: number };

export function viewOf(s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): ViewBox {
  const [tx, ty, zoom] = s.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
}

/** The minimap's frame: the nodes and the window together, centred in a `w`×`h` box with a margin. */
export function frameOf(bounds: MiniRects['bounds'], view: ViewBox, w: number, h: number, offsetScale = 5) {
  const b = bounds
    ? {
        x: Math.min(bounds.x, view.x),
        y: Math.min(bounds.y, view.y),
        width: Math.max(bounds.x + bounds.width, view.x + view.width) - Math.min(bounds.x, view.x),
        height: Math.max(bounds.y + bounds.height, view.y + view.height) - Math.min(bounds.y, view.y),
      }
    : view;
  const scale = Math.max(b.width / w, b.height / h);
  const viewWidth = scale * w;
  const viewHeight = scale * h;
  const offset = offsetScale * scale;
  return {
    scale,
    offset,
    x: b.x - (viewWidth - b.width) / 2 - offset,
    y: b.y - (viewHeight - b.height) / 2 - offset,
    width: viewWidth + offset * 2,
    height: viewHeight + offset * 2,
  };
}
