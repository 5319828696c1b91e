import { useStore, type ReactFlowState } from '@xyflow/react';

const layers = new WeakMap<HTMLElement, Element>();
const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * React Flow's edge-label layer, looked up once per canvas instead of per label per store update
 * (`EdgeLabelRenderer` runs `querySelector` in its store selector: with hundreds of labels that
 * ran hundreds of times on every drag and pan frame, issue 15). Labels portal into it themselves.
 */
export function useLabelLayer(): Element | null {
  const domNode = useStore(domNodeOf);
  if (!domNode) return null;
  const hit = layers.get(domNode);
  if (hit?.isConnected) return hit;
  const found = domNode.querySelector('.react-flow__edgelabel-renderer');
  if (found) layers.set(domNode, found);
  return found;
}
