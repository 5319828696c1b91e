import { useEffect, useRef } from 'react';
import { getViewportForBounds, useReactFlow, useStore, useStoreApi, type Viewport } from '@xyflow/react';
import { legendAwarePadding } from '../fitPadding';
import { provideServices } from '../../commands/services';
import type { CameraFrame } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { currentScope, currentStep } from '../../store/presentationScope';

/** Room kept below a presented step for the step bar and its dots, in px. */
const BAR_ROOM = 104;
/** A step of one small node is not blown up past twice its size. */
const STEP_MAX_ZOOM = 2;

/**
 * The camera of presentation mode and of a step shown from the steps panel (issue 14): each step
 * is framed — its camera frame, else its elements — again when the screen changes size (entering
 * full screen). The view from before the first step comes back when the steps end. Also provides
 * `viewFrame`, the visible area in flow coordinates, for "use current view as camera frame".
 */
export function useStepCamera() {
  const flow = useReactFlow();
  const step = useAppStore(currentStep);
  const scope = useAppStore(currentScope);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const before = useRef<Viewport | null>(null);
  const rf = useStoreApi();
  const presenting = useAppStore((s) => s.stepView?.mode === 'present');

  useEffect(() => {
    if (!step || !scope) {
      if (before.current) void flow.setViewport(before.current, { duration: 0 });
      before.current = null;
      return;
    }
    if (!before.current) before.current = flow.getViewport();
    const ids = scope.nodes.size > 0 ? [...scope.nodes] : flow.getNodes().map((n) => n.id);
    const frame = step.camera ?? (ids.length > 0 ? flow.getNodesBounds(ids) : null);
    // Clear of the legend (and, presenting, of the step bar), as Fit view is.
    const padding = legendAwarePadding(rf.getState().domNode);
    const room = typeof padding === 'object' && presenting ? { ...padding, bottom: `${BAR_ROOM}px` as const } : padding;
    if (frame && width > 0 && height > 0) void flow.setViewport(getViewportForBounds(frame, width, height, 0.05, STEP_MAX_ZOOM, room ?? 0.08), { duration: 0 });
  }, [flow, rf, step, scope, width, height, presenting]);

  // Stable dependencies only: provideServices' cleanup restores every service as it found them,
  // so re-providing on each resize would undo services the shell provided after this mounted.
  useEffect(
    () =>
      provideServices({
        viewFrame: (): CameraFrame | undefined => {
          const { width: w, height: h, transform } = rf.getState();
          const [x, y, zoom] = transform;
          if (!(w > 0 && h > 0 && zoom > 0)) return undefined;
          return { x: -x / zoom, y: -y / zoom, width: w / zoom, height: h / zoom };
        },
      }),
    [rf],
  );
}
