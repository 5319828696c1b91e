/**
 * ELK in a Web Worker, created on first use, with a deadline and cancellation.
 *
 * Why each piece exists:
 * - `elk-api` + our own worker file, never bare 'elkjs': its Node entry requires 'web-worker' and
 *   breaks Vite builds (kieler/elkjs#142, #354; stack.md §2.1).
 * - Dynamic import + worker: ELK (1.46 MB of GWT output) stays out of the initial bundle;
 *   the production build emits `elk-api` (4 kB) and `elk.worker` as separate chunks.
 * - `{ type: 'module' }`: without it Vite's dev server cannot load the worker (stack.md §2.2).
 * - elk-api only sets `worker.onmessage`; when the worker fails to load or dies, `layout()` never
 *   settles. So we listen for `error` ourselves and race every call against a deadline, and the
 *   only way to stop a running GWT layout is to terminate the worker (langfuse/langfuse#16054).
 */
import type { ELK, ELKConstructorArguments, ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutCallOptions, LayoutDeps } from './runLayout';
import { LayoutError } from './types';

export const DEFAULT_LAYOUT_TIMEOUT_MS = 15_000;

type ElkConstructor = new (args?: ELKConstructorArguments) => ELK;

export type ElkClientOptions = {
  /** Deadline per layout call (a call may pass its own `timeoutMs`). */
  timeoutMs?: number;
  /** Test seam. The default must stay the literal `new Worker(new URL(…))` form Vite detects. */
  createWorker?: () => Worker;
  /** Test seam for the lazily imported ELK API. */
  loadElk?: () => Promise<ElkConstructor>;
};

export type ElkClient = LayoutDeps & {
  /** Terminates the worker (rejecting calls in flight as 'cancelled'). A later call starts a new one. */
  dispose(): void;
};

const defaultWorker = () => new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
const defaultLoadElk = async (): Promise<ElkConstructor> => (await import('elkjs/lib/elk-api')).default;

type Instance = { elk: ELK; pending: Set<(err: LayoutError) => void> };

export function createElkClient(options: ElkClientOptions = {}): ElkClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LAYOUT_TIMEOUT_MS;
  const createWorker = options.createWorker ?? defaultWorker;
  const loadElk = options.loadElk ?? defaultLoadElk;
  let ctor: Promise<ElkConstructor> | null = null;
  let current: Instance | null = null;

  const terminate = (inst: Instance, err: LayoutError) => {
    if (current === inst) current = null; // the next call recreates the worker lazily
    inst.elk.terminateWorker();
    for (const fail of [...inst.pending]) fail(err);
    inst.pending.clear();
  };

  const instance = async (): Promise<Instance> => {
    if (current) return current;
    // A failed chunk load is forgotten, so the next call retries the import.
    ctor ??= loadElk().catch((e: unknown) => {
      ctor = null;
      throw e;
    });
    const Elk = await ctor;
    if (current) return current; // a concurrent call got here first
    const made: { worker?: Worker } = {};
    const elk = new Elk({ workerFactory: () => (made.worker = createWorker()) });
    const inst: Instance = { elk, pending: new Set() };
    const onError = (ev: Event) => {
      const detail = (ev as ErrorEvent).message || ev.type;
      terminate(inst, new LayoutError('failed', `Layout worker failed: ${detail}`));
    };
    made.worker?.addEventListener('error', onError);
    made.worker?.addEventListener('messageerror', onError);
    current = inst;
    return inst;
  };

  const layout = async (graph: ElkNode, opts: LayoutCallOptions = {}): Promise<ElkNode> => {
    const { signal, timeoutMs: callTimeoutMs, ...args } = opts;
    const deadline = callTimeoutMs ?? timeoutMs;
    const cancelled = () => new LayoutError('cancelled', 'Layout was cancelled.');
    if (signal?.aborted) throw cancelled();
    let inst: Instance;
    try {
      inst = await instance();
    } catch (e) {
      throw new LayoutError('failed', 'Could not start the layout worker.', { cause: e });
    }
    if (signal?.aborted) throw cancelled();

    const work = inst.elk.layout(graph, args).catch((e: unknown) => {
      // An ELK exception (bad graph) leaves the worker usable: reject this call only.
      const message = (e as { message?: unknown })?.message;
      throw new LayoutError('failed', `ELK failed: ${typeof message === 'string' ? message : String(e)}`, { cause: e });
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    let fail: ((err: LayoutError) => void) | undefined;
    const stop = new Promise<never>((_, reject) => {
      fail = reject;
      inst.pending.add(reject);
      const restart = (err: LayoutError) => {
        reject(err); // this call gets the specific reason; others in flight are collateral
        terminate(inst, new LayoutError('cancelled', 'The layout worker was restarted.'));
      };
      timer = setTimeout(() => restart(new LayoutError('timeout', `Layout took longer than ${deadline} ms.`)), deadline);
      onAbort = () => restart(cancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([work, stop]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      if (fail) inst.pending.delete(fail);
    }
  };

  return {
    layout,
    dispose: () => {
      if (current) terminate(current, new LayoutError('cancelled', 'The layout worker was disposed.'));
    },
  };
}
