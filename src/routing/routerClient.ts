/**
 * The router worker, created on first use, with a deadline, cancellation and re-creation after a
 * failure — the same shape as layout/elkClient.ts. libavoid cannot be interrupted, so a deadline
 * or a cancel terminates the worker, and the next call starts a new one. Calls are answered in
 * order; the scheduler (store/routeScheduler.ts) keeps at most one in flight, because a new
 * worker pays the WASM warm-up (1.6–2.8 s) again.
 */
import type { RouterReply, RouterRequest } from './router.worker';
import type { RouteInput, RoutePlan } from './types';

export type RouteFailure = 'timeout' | 'failed' | 'cancelled';
export class RouteError extends Error {
  constructor(
    readonly reason: RouteFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The deadline for a routing call. libavoid's cost grows faster than linearly (research notes:
 * 50 nodes 0.1–0.6 s warm, 150 nodes 4–6 s, 500 nodes 30 s or more), and the first call also pays
 * 1.6–2.8 s of WASM warm-up. Generous for the paper's figures, bounded for huge models.
 */
export function routeDeadlineMs(input: RouteInput): number {
  const n = input.nodes.length + input.edges.length;
  return Math.min(30_000, 6_000 + n * 40);
}

export type RouterClient = {
  /** With `mode: 'settle'`, `plan`'s colliding labels are re-placed (routing/plan.ts `settleLabels`). */
  route(input: RouteInput, opts?: { signal?: AbortSignal; timeoutMs?: number; mode?: 'route' | 'straight' | 'settle'; plan?: RoutePlan }): Promise<RoutePlan>;
  dispose(): void;
};

const defaultWorker = () => new Worker(new URL('./router.worker.ts', import.meta.url), { type: 'module' });

export function createRouterClient(createWorker: () => Worker = defaultWorker): RouterClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (p: RoutePlan) => void; reject: (e: RouteError) => void }>();

  const kill = (err: RouteError) => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (ev: MessageEvent<RouterReply>) => {
      const reply = ev.data;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.plan);
      else p.reject(new RouteError(reply.reason, reply.message));
    };
    const onError = (ev: Event) => {
      if (worker === w) kill(new RouteError('failed', `Router worker failed: ${(ev as ErrorEvent).message || ev.type}`));
    };
    w.addEventListener('error', onError);
    w.addEventListener('messageerror', onError);
    worker = w;
    return w;
  };

  const route: RouterClient['route'] = (input, opts = {}) => {
    if (opts.signal?.aborted) return Promise.reject(new RouteError('cancelled', 'Routing was cancelled.'));
    const deadline = opts.timeoutMs ?? routeDeadlineMs(input);
    const id = nextId++;
    return new Promise<RoutePlan>((resolve, reject) => {
      const onAbort = () => {
        if (pending.has(id)) kill(new RouteError('cancelled', 'Routing was cancelled.'));
      };
      const timer = setTimeout(() => {
        if (pending.has(id)) kill(new RouteError('timeout', `Routing took longer than ${deadline} ms.`));
      }, deadline);
      const done = () => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
      };
      pending.set(id, {
        resolve: (p) => (done(), resolve(p)),
        reject: (e) => (done(), reject(e)),
      });
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        // The worker stops between partitions a little before the deadline, so a plain timeout
        // reply usually arrives instead of a kill.
        ensure().postMessage({ id, input, budgetMs: Math.max(0, deadline - 250), mode: opts.mode ?? 'route', ...(opts.plan ? { plan: opts.plan } : {}) } satisfies RouterRequest);
      } catch (e) {
        kill(new RouteError('failed', e instanceof Error ? e.message : String(e)));
      }
    });
  };

  return { route, dispose: () => kill(new RouteError('cancelled', 'The router was disposed.')) };
}
