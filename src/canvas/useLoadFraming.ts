import { useEffect, useRef } from 'react';
import { getViewportForBounds, useNodesInitialized, useReactFlow, useStoreApi, type ReactFlowState, type Viewport } from '@xyflow/react';
import { absoluteRect, boundsOf, nodesById, sizeFrom, type Rect } from '../model/geometry';
import type { Size, TheoryModel } from '../model/types';
import { useAppStore } from '../store/appStore';
import { legendAwarePadding } from './fitPadding';

/** Where the document's nodes will be: their stored or measured sizes, else the default size. */
export function estimatedBounds(doc: TheoryModel, measured: ReadonlyMap<string, Size>): Rect | undefined {
  const byId = nodesById(doc);
  const sizeOf = sizeFrom(measured);
  return boundsOf(doc.nodes.map((n) => absoluteRect(byId, n, sizeOf)));
}

/** Whether two viewports frame the same thing to within a few pixels and a percent of zoom. */
export function nearlySame(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.zoom - b.zoom) <= 0.01 * b.zoom && Math.abs(a.x - b.x) <= 8 && Math.abs(a.y - b.y) <= 8;
}

/** The viewport that frames `bounds` in the pane, clear of the legend and the controls (issue 14). */
function frameOf({ width, height, minZoom, maxZoom, domNode }: ReactFlowState, bounds: Rect): Viewport | undefined {
  if (!width || !height) return undefined;
  return getViewportForBounds(bounds, width, height, minZoom, maxZoom, legendAwarePadding(domNode) ?? 0);
}

/**
 * Frames a newly opened model once React Flow has measured all of it.
 *
 * A model drawn over several frames (canvas/mountSlices.ts) is framed twice: from its stored
 * positions before its first slice is drawn, and from the measured boxes after the last one,
 * which then moves the view only if the estimate was off. Framed only at the end, the whole
 * model came into view in one frame (and a large one crossed the low-zoom threshold there, so
 * every node's style changed at once): 4,900 nodes made that the longest task of the load.
 */
export function useLoadFraming(mounting: boolean) {
  const loadCount = useAppStore((s) => s.loadCount);
  const initialized = useNodesInitialized();
  const { fitView, setViewport, getViewport, getNodesBounds, getNodes } = useReactFlow();
  const rf = useStoreApi();
  const framed = useRef(-1);
  const early = useRef(-1);
  useEffect(() => {
    if (!mounting || early.current === loadCount) return;
    early.current = loadCount;
    const { doc, measured } = useAppStore.getState();
    const bounds = estimatedBounds(doc, measured);
    const viewport = bounds && frameOf(rf.getState(), bounds);
    if (viewport) void setViewport(viewport, { duration: 0 });
  }, [mounting, loadCount, rf, setViewport]);

  // Fitting earlier frames only the part measured so far.
  useEffect(() => {
    if (!initialized || mounting || framed.current === loadCount) return;
    const sliced = early.current === loadCount;
    // Marked framed when it is done: an effect re-run (cancelling this frame) tries again.
    const id = requestAnimationFrame(() => {
      framed.current = loadCount;
      if (!sliced) {
        void fitView({ padding: legendAwarePadding(rf.getState().domNode), duration: 0 });
        return;
      }
      const viewport = frameOf(rf.getState(), getNodesBounds(getNodes().filter((n) => !n.hidden)));
      if (viewport && !nearlySame(viewport, getViewport())) void setViewport(viewport, { duration: 0 });
    });
    return () => cancelAnimationFrame(id);
  }, [initialized, mounting, loadCount, fitView, rf, getNodesBounds, getNodes, getViewport, setViewport]);
}
