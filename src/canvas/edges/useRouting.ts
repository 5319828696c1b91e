import { useEffect } from 'react';
import { lazyModule } from '../lazyModule';

/**
 * The routing code (routingSession.ts: the worker's client, the scheduler, label measuring),
 * loaded after the first render, not with it (issue 15, first load); a failed download is tried
 * again when the browser is back online (lazyModule.ts).
 */
const routing = lazyModule(() => import('./routingSession'));

/** Routes the edges around the nodes while the canvas is shown (issue 10). */
export function useRouting() {
  const session = routing.use(true);
  useEffect(() => session?.startRouting(), [session]);
}
