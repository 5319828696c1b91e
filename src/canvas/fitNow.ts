import type { FitViewOptions, ReactFlowState } from '@xyflow/react';
import { fitViewport } from '@xyflow/system';

/**
 * Fits the view to the drawn nodes at once, from the sizes React Flow has measured; false when
 * some node is not measured yet (then React Flow's own `fitView` must wait for it).
 *
 * React Flow's `fitView` queues the fit and hands the whole node list back to `setNodes` in the
 * next frame, so that every node is adopted and every store subscriber runs once more: after a
 * 500-node Auto layout that frame was a 35 ms task of its own (issue 15). The nodes of a layout
 * just applied are all measured already.
 */
export function fitNow(s: ReactFlowState, options: Pick<FitViewOptions, 'padding' | 'duration'>): boolean {
  if (!s.panZoom || !s.nodesInitialized) return false;
  void fitViewport({ nodes: s.nodeLookup, width: s.width, height: s.height, panZoom: s.panZoom, minZoom: s.minZoom, maxZoom: s.maxZoom }, options);
  return true;
}
