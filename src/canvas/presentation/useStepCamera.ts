import { useEffect, useRef } from 'react';
import { getViewportForBounds, useReactFlow, useStore, type Viewport } from '@xyflow/react';
import { provideServices } from '../../commands/services';
import type { CameraFrame } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { currentScope, currentStep } from '../../store/presentationActions';

/** Padding around a step's frame, as a fraction of the screen (React Flow's fitBounds). */
const STEP_PADDING = 0.08;
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

  useEffect(() => {
    if (!step || !scope) {
      if (before.current) void flow.setViewport(before.current, { duration: 0 });
      before.current = null;
      return;
    }
    if (!before.current) before.current = flow.getViewport();
    const ids = scope.nodes.size > 0 ? [...scope.nodes] : flow.getNodes().map((n) => n.id);
    const frame = step.camera ?? (ids.length > 0 ? flow.getNodesBounds(ids) : null);
    if (frame && width > 0 && height > 0) void flow.setViewport(getViewportForBounds(frame, width, height, 0.05, STEP_MAX_ZOOM, STEP_PADDING), { duration: 0 });
  }, [flow, step, scope, width, height]);

  useEffect(
    () =>
      provideServices({
        viewFrame: (): CameraFrame | undefined => {
          const { x, y, zoom } = flow.getViewport();
          if (!(width > 0 && height > 0 && zoom > 0)) return undefined;
          return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
        },
      }),
    [flow, width, height],
  );
}
