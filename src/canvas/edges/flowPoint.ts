import { useCallback } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Point } from '../../model/types';

/**
 * React Flow's `screenToFlowPosition` (snapping as the canvas snaps), read from the store when it
 * is called. Every edge and edge label needs it for its grips, and `useReactFlow()` costs a store
 * subscription per caller: two per edge, re-run on every store update (issue 17).
 */
export function useScreenToFlow(): (client: Point) => Point {
  const rf = useStoreApi();
  return useCallback(
    (client: Point) => {
      const { transform, snapGrid, snapToGrid, domNode } = rf.getState();
      if (!domNode) return client;
      const box = domNode.getBoundingClientRect();
      const [tx, ty, scale] = transform;
      const p = { x: (client.x - box.x - tx) / scale, y: (client.y - box.y - ty) / scale };
      return snapToGrid ? { x: snapGrid[0] * Math.round(p.x / snapGrid[0]), y: snapGrid[1] * Math.round(p.y / snapGrid[1]) } : p;
    },
    [rf],
  );
}
