import { useStore, type ReactFlowState } from '@xyflow/react';

const layers = new WeakMap<HTMLElement, Map<string, Element>>();
export const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * One of React Flow's layers inside the canvas, looked up once per canvas instead of per store
 * update: `EdgeLabelRenderer` and `ViewportPortal` run `querySelector` in their store selectors,
 * so each label and each portal searched the whole canvas DOM on every drag and pan frame
 * (issues 15 and 17).
 */
export function layerIn(domNode: HTMLElement | null | undefined, selector: string): Element | null {
  if (!domNode) return null;
  let byName = layers.get(domNode);
  if (!byName) layers.set(domNode, (byName = new Map()));
  const hit = byName.get(selector);
  if (hit?.isConnected) return hit;
  const found = domNode.querySelector(selector);
  if (found) byName.set(selector, found);
  return found;
}

/** React Flow's edge-label layer, inside this canvas: labels portal into it themselves. */
export const labelLayerIn = (domNode: HTMLElement | null | undefined) => layerIn(domNode, '.react-flow__edgelabel-renderer');

/** React Flow's viewport portal (in flow coordinates, above the edges): what `ViewportPortal` renders into. */
export const useViewportLayer = () => layerIn(useStore(domNodeOf), '.react-flow__viewport-portal');
