/**
 * The layout pipeline: toElk → deps.layout → fromElk → assemble. Pure apart from the injected
 * `layout`, so tests pass `new ELK()` from 'elkjs/lib/elk.bundled.js' (runs in Node) and the app
 * passes the worker client (elkClient.ts). Returns a plan; the caller applies it to the store.
 */
import type { ElkLayoutArguments, ElkNode } from 'elkjs/lib/elk-api';
import { assemblePlan } from './assemble';
import { fromElk } from './fromElk';
import { collapseGates } from './gates';
import { toElk } from './toElk';
import { LayoutError, type LayoutInput, type LayoutPlan, type LayoutRequest } from './types';

export { planOverlaps } from './overlaps';

export type LayoutCallOptions = ElkLayoutArguments & {
  signal?: AbortSignal;
  /** Deadline for this call, overriding the client's (a large graph may be given longer). */
  timeoutMs?: number;
};

/** Anything with ELK's `layout`: an `ELK` instance, or an `ElkClient`. */
export type LayoutDeps = { layout(graph: ElkNode, opts?: LayoutCallOptions): Promise<ElkNode> };

const throwIfAborted = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new LayoutError('cancelled', 'Layout was cancelled.');
};

export async function runLayout(
  input: LayoutInput, req: LayoutRequest, deps: LayoutDeps, signal?: AbortSignal,
): Promise<LayoutPlan> {
  throwIfAborted(signal);
  const { index, jobs } = toElk(input, req);
  const parts: LayoutPlan[] = [];
  for (const job of jobs) {
    let result: ElkNode;
    try {
      result = await deps.layout(job.graph, { signal });
    } catch (e) {
      if (e instanceof LayoutError) throw e;
      // GWT exceptions arrive as plain objects with a message (elk-api convertGwtStyleError).
      const message = (e as { message?: unknown })?.message;
      throw new LayoutError('failed', `ELK failed: ${typeof message === 'string' ? message : String(e)}`, { cause: e });
    }
    // An in-thread ELK cannot be interrupted; honour a cancel as soon as it returns.
    throwIfAborted(signal);
    const part = fromElk(result, index.groups, job.gates);
    if (job.gates.size > 0) collapseGates(part, result, req.direction, job.gates);
    parts.push(part);
  }
  return assemblePlan(index, jobs, parts);
}
