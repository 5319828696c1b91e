import { labelBox, LABEL_FONT_PX, type MeasureLabel } from '../../routing/input';
import { createRouterClient } from '../../routing/routerClient';
import type { RouteInput, RoutePlan } from '../../routing/types';
import { activeEditor } from '../../store/activeEditor';
import { startRouteScheduler } from '../../store/routeScheduler';
import { textMeasurer } from '../export/measureText';

/**
 * The canvas's routing while it is shown (issue 10; store/routeScheduler.ts): the router worker's
 * client, the scheduler that sends it the figure, and the settling of a large layout's labels.
 * Loaded by useRouting.ts after the first render (issue 15, first load): until it is there (a few
 * milliseconds), edges are drawn as they are until the first route answer anyway.
 */

/** Label boxes measured with the canvas's own font, as `.tm-edge-label` draws them. */
function canvasLabelMeasure(): MeasureLabel {
  const font = getComputedStyle(document.documentElement).getPropertyValue('--tm-font').trim() || 'sans-serif';
  const measure = textMeasurer(font);
  return (text) => labelBox(measure(text, LABEL_FONT_PX, 400));
}

const SETTLE_TIMEOUT_MS = 10_000;

/** Starts routing the active editor's canvas; returns what stops it. */
export function startRouting(): () => void {
  const client = createRouterClient();
  const stop = startRouteScheduler({ client, measureLabel: canvasLabelMeasure() });
  // Auto layout places a large ELK plan's labels here, off the main thread (issue 15).
  const layout = activeEditor().session.layout;
  const settle = (plan: RoutePlan, input: RouteInput) => client.route(input, { mode: 'settle', plan, timeoutMs: SETTLE_TIMEOUT_MS });
  layout.settle = settle;
  return () => {
    if (layout.settle === settle) layout.settle = null;
    stop();
    client.dispose();
  };
}
