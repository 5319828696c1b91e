import { useEffect } from 'react';

/**
 * Routes the edges around the nodes while the canvas is shown (issue 10). The routing code
 * (routingSession.ts: the worker's client, the scheduler, label measuring) is loaded after the
 * first render, not with it (issue 15, first load). A download that fails (offline before the
 * app was cached) is tried again when the browser is back online.
 */
export function useRouting() {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let shown = true;
    const attempt = () =>
      void import('./routingSession').then(
        ({ startRouting }) => {
          if (!shown || stop) return;
          stop = startRouting();
          window.removeEventListener('online', attempt);
        },
        () => undefined,
      );
    window.addEventListener('online', attempt);
    attempt();
    return () => {
      shown = false;
      window.removeEventListener('online', attempt);
      stop?.();
    };
  }, []);
}
