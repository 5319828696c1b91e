/**
 * The router's Web Worker (module worker, like layout/elk.worker.ts). libavoid.wasm is loaded as
 * its own file from the URL Vite gives it (`?url`): never inlined into the bundle, so the
 * LGPL-2.1 library stays a separate, replaceable file (public/licenses/libavoid-js.txt).
 * Messages: { id, input, budgetMs, mode } → { id, ok: true, plan } | { id, ok: false, reason, message }.
 */
import { AvoidLib, type Avoid } from 'libavoid-js';
import wasmUrl from 'libavoid-js/dist/libavoid.wasm?url';
import { RouteTimeout, routeWithAvoid } from './avoid';
import { finishPlan, settleLabels } from './plan';
import { straightPlan } from './straight';
import type { RouteInput, RoutePlan } from './types';

/**
 * `straight`: the fallback plan, computed here too so a 500-node label placement never blocks the page.
 * `settle`: ELK's plan after Auto layout (`plan`) with its colliding labels re-placed (issue 15:
 * 200–400 ms on the main thread for 500 nodes).
 */
export type RouterRequest = { id: number; input: RouteInput; budgetMs: number; mode?: 'route' | 'straight' | 'settle'; plan?: RoutePlan };
export type RouterReply = { id: number; ok: true; plan: ReturnType<typeof finishPlan>; ms: number } | { id: number; ok: false; reason: 'timeout' | 'failed'; message: string };

let avoid: Promise<Avoid> | null = null;
const load = () =>
  (avoid ??= AvoidLib.load(wasmUrl).then(() => AvoidLib.getInstance()).catch((e: unknown) => {
    avoid = null;
    throw e;
  }));

self.onmessage = async (ev: MessageEvent<RouterRequest>) => {
  const { id, input, budgetMs, mode, plan: given } = ev.data;
  const started = performance.now();
  try {
    if (mode === 'settle' && given) {
      self.postMessage({ id, ok: true, plan: settleLabels(given, input), ms: performance.now() - started } satisfies RouterReply);
      return;
    }
    if (mode === 'straight') {
      self.postMessage({ id, ok: true, plan: straightPlan(input), ms: performance.now() - started } satisfies RouterReply);
      return;
    }
    const Avoid = await load();
    const raw = routeWithAvoid(Avoid, input, started + budgetMs);
    const plan = finishPlan(input, raw, 'router');
    self.postMessage({ id, ok: true, plan, ms: performance.now() - started } satisfies RouterReply);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    self.postMessage({ id, ok: false, reason: e instanceof RouteTimeout ? 'timeout' : 'failed', message } satisfies RouterReply);
  }
};
