import type { InternalNode, Node, ReactFlowState } from '@xyflow/react';

/** One node as the minimap draws it: its box on the canvas, its fill, whether it is selected. */
export type MiniRect = { id: string; x: number; y: number; width: number; height: number; color: string; selected: boolean };
export type MiniRects = { rects: readonly MiniRect[]; bounds: { x: number; y: number; width: number; height: number } | null };

const EMPTY: MiniRects = { rects: [], bounds: null };

function boxOf(node: InternalNode): { x: number; y: number; width: number; height: number } | null {
  const user = node.internals.userNode;
  if (user.hidden) return null;
  const width = node.measured.width ?? user.width ?? user.initialWidth;
  const height = node.measured.height ?? user.height ?? user.initialHeight;
  if (!width || !height) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width, height };
}

/**
 * All nodes' minimap boxes, read by ONE store selector that keeps its answer (the same object)
 * while no node moved, resized, changed colour or selection. React Flow's own MiniMap runs a
 * selector per node on every store update, each pan and drag frame: 500 more selectors and shallow
 * compares per frame at 500 nodes, about 2 ms a pan frame (issue 15). This compares in one pass
 * without allocating and rebuilds only when something changed.
 */
export function miniRectsSelector(colorOf: (node: Node) => string) {
  let last: MiniRects = EMPTY;
  return (s: ReactFlowState): MiniRects => {
    const prev = last.rects;
    let k = 0;
    let same = true;
    for (const node of s.nodeLookup.values()) {
      const box = boxOf(node);
      if (!box) continue;
      const p = prev[k++];
      if (!p || p.id !== node.id || p.x !== box.x || p.y !== box.y || p.width !== box.width || p.height !== box.height || p.selected !== !!node.internals.userNode.selected || p.color !== colorOf(node.internals.userNode)) {
        same = false;
        break;
      }
    }
    if (same && k === prev.length) return last;
    // Unchanged nodes keep their objects, so the minimap redraws only the boxes that changed.
    const before = new Map(prev.map((r) => [r.id, r] as const));
    const rects: MiniRect[] = [];
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const node of s.nodeLookup.values()) {
      const box = boxOf(node);
      if (!box) continue;
      const color = colorOf(node.internals.userNode);
      const selected = !!node.internals.userNode.selected;
      const p = before.get(node.id);
      const same = p && p.x === box.x && p.y === box.y && p.width === box.width && p.height === box.height && p.color === color && p.selected === selected;
      rects.push(same ? p : { id: node.id, ...box, color, selected });
      x0 = Math.min(x0, box.x);
      y0 = Math.min(y0, box.y);
      x1 = Math.max(x1, box.x + box.width);
      y1 = Math.max(y1, box.y + box.height);
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
