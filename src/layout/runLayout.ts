/**
 * The layout pipeline: toElk → deps.layout → fromElk → assemble. Pure apart from the injected
 * `layout`, so tests pass `new ELK()` from 'elkjs/lib/elk.bundled.js' (runs in Node) and the app
 * passes the worker client (elkClient.ts). Returns a plan; the caller applies it to the store.
 */
import type { ElkLayoutArguments, ElkNode } from 'elkjs/lib/elk-api';
import type { Point } from '../model/types';
import type { Route } from '../routing/types';
import { assemblePlan } from './assemble';
import { columnRoutes, type Box } from './columnRoutes';
import { elkRoutes } from './elkRoutes';
import { fromElk } from './fromElk';
import { collapseGates } from './gates';
import type { GraphIndex } from './graphIndex';
import { toElk, type ElkJob } from './toElk';
import { LayoutError, type LayoutInput, type LayoutPlan, type LayoutRequest } from './types';

export { planOverlaps } from './overlaps';

export type LayoutCallOptions = ElkLayoutArguments & {
  signal?: AbortSignal;
  /** Deadline for this call, overriding the client's (a large graph may be given longer). */
  timeoutMs?: number;
};

/**
 * Anything with ELK's `layout`: an `ELK` instance, or an `ElkClient`. `pause`, when given, is
 * awaited between the stages that run on the caller's thread after ELK answers (reading the
 * result, collapsing gates, ELK's routes, the column routes) and before the plan is returned: the app passes a yield to the event
 * loop, so a 500-node result is several short tasks instead of one of 250 ms (issue 15).
 */
export type LayoutDeps = { layout(graph: ElkNode, opts?: LayoutCallOptions): Promise<ElkNode>; pause?: () => Promise<void> };

const throwIfAborted = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new LayoutError('cancelled', 'Layout was cancelled.');
};

/** Lets the caller's thread breathe between stages (when the deps can), then honours a cancel. */
async function pause(deps: LayoutDeps, signal?: AbortSignal): Promise<void> {
  if (deps.pause) await deps.pause();
  throwIfAborted(signal);
}

export async function runLayout(
  input: LayoutInput, req: LayoutRequest, deps: LayoutDeps, signal?: AbortSignal,
): Promise<LayoutPlan> {
  throwIfAborted(signal);
  const { index, jobs } = toElk(input, req);
  const parts: LayoutPlan[] = [];
  // ELK routes only where it laid out everything, with layered (force and radial do not route).
  const routed = jobs.length === 1 && jobs[0].anchor === null && (req.algorithm === 'figure' || req.algorithm === 'layered');
  let routes: Map<string, Route> | undefined;
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
    await pause(deps, signal);
    const part = fromElk(result, index.groups, job.gates);
    if (job.gates.size > 0) await pause(deps, signal);
    const collapse = job.gates.size > 0 ? collapseGates(part, result, req.direction, job.gates) : (p: Point) => p;
    if (routed) {
      await pause(deps, signal);
      routes = elkRoutes(result, req.edgeStyle === 'curved', collapse);
    }
    parts.push(part);
  }
  const plan = assemblePlan(index, jobs, parts);
  if (routes) {
    await pause(deps, signal);
    for (const [id, r] of columnRoutes(inBandEdges(index, jobs[0]), topBoxes(index, plan), req.direction)) routes.set(id, r);
    plan.routes = routes;
  }
  // The caller applies the plan in a task of its own.
  await pause(deps, signal);
  return plan;
}

function inBandEdges(index: GraphIndex, job: ElkJob) {
  return index.edges
    .filter((e) => job.inBand.has(e.id))
    .map((e) => ({ id: e.id, source: e.source, target: e.target, ...(e.labelWidth && e.labelHeight ? { label: { width: e.labelWidth, height: e.labelHeight } } : {}) }));
}

/** The laid-out boxes of the top-level nodes (absolute: top-level positions are absolute). */
function topBoxes(index: GraphIndex, plan: LayoutPlan): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const id of index.children.get(null) ?? []) {
    const p = plan.positions[id];
    const s = Object.hasOwn(plan.sizes, id) ? plan.sizes[id] : index.nodes.get(id)!;
    out.set(id, { x: p.x, y: p.y, width: s.width, height: s.height });
  }
  return out;
}
