/**
 * Auto-layout as a store action (issue 4): document + measured sizes → the layout kernel in its
 * worker → one undoable, animated step → fit view. The kernel returns a plan and never touches the
 * store ("kernels return plans, not effects"); this file is the only place that applies one.
 */
import { translator } from '../i18n/translate';
import type { StringKey } from '../i18n/strings';
import { DEFAULT_LAYOUT_TIMEOUT_MS, LayoutError, createElkClient, isLayoutError, runLayout, ORGANIC_MAX_NODES, type ElkClient, type LayoutInput, type LayoutPlan, type LayoutRequest } from '../layout';
import { applyLayoutPlan } from '../model/layoutPlan';
import { DEFAULT_EDGE_STYLE, GROUP_KIND, type TheoryModel } from '../model/types';
import { routeInput } from '../routing/input';
import type { RouteInput, RoutePlan } from '../routing/types';
import { titleCrossings } from '../routing/check';
import { settleLabels } from '../routing/plan';
import { activeEditor } from './activeEditor';
import { useAppStore } from './appStore';
import { ROUTER_MAX_SIZE } from './routeScheduler';
import { liveSelection } from './editActions';
import { buildLayoutInput, choiceBlocked, layoutRequest, unmeasured } from './layoutInput';
import type { LayoutChoice } from './layoutSlice';
import { commitAnimated, taskScheduler, TWEEN_MAX_NODES } from './layoutTween';
import { storeRoutesInSlices } from './routeReveal';

export type LayoutEnv = {
  /** Runs the kernel; the default is `runLayout` with the ELK worker client. */
  run: (input: LayoutInput, req: LayoutRequest, signal: AbortSignal) => Promise<LayoutPlan>;
  /** Resolves when the canvas's sizes can be trusted (fonts loaded, nodes measured). */
  ready: () => Promise<void>;
  /** Commits the new document as one undo step and animates the canvas to it. */
  commit: (from: TheoryModel, to: TheoryModel) => Promise<void>;
  fitView: () => void;
};

export type LayoutOutcome = 'applied' | 'unchanged' | 'blocked' | 'busy' | 'stale' | 'cancelled' | 'refused' | 'failed';

const state = () => useAppStore.getState();
const t = () => translator(state().uiLang);

// One worker per editor, created on the first layout (ELK is not in the initial bundle).
const job = () => activeEditor().session.layout;
const elk = (): ElkClient => (job().client ??= createElkClient());

const nextFrame = () => new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0)));

/**
 * React Flow measures nodes after the fonts have loaded (a label in a fallback font has another
 * size), so the first layout waits for `document.fonts.ready`, then up to ~1 s of frames for any
 * node that is not measured yet (one just added or pasted). Nodes still without a size then use
 * the canvas's default size rather than blocking the layout.
 */
async function canvasReady(): Promise<void> {
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready;
  for (let i = 0; i < 60 && unmeasured(state().doc, state().measured).length > 0; i++) await nextFrame();
}

/** Waits (up to ~0.5 s of frames) until every measured group has the size `doc` gives it. */
async function groupsMeasured(doc: TheoryModel): Promise<void> {
  const pending = () => {
    const m = state().measured;
    return doc.nodes.some((n) => {
      const got = n.kind === GROUP_KIND && n.size ? m.get(n.id) : undefined;
      return got !== undefined && (Math.abs(got.width - n.size!.width) > 0.5 || Math.abs(got.height - n.size!.height) > 0.5);
    });
  };
  for (let i = 0; i < 30 && pending(); i++) await nextFrame();
  // One more frame: React Flow reports a batch of sizes together; let the last batch land.
  if (typeof requestAnimationFrame === 'function') await nextFrame();
}

/**
 * The worker's deadline for a model of `nodes` nodes: the kernel's 15 s, stretched by 40 ms a node
 * above 375 nodes. The first layout in a fresh worker runs ELK's code cold: a 500-node Figure
 * layout took ~14 s there against ~8 s warm in Chromium on the shared 2-core machine, so a flat
 * 15 s would refuse big models on their first try.
 */
export const layoutDeadline = (nodes: number) => Math.max(DEFAULT_LAYOUT_TIMEOUT_MS, nodes * 40) * deadlineScale();

/**
 * The benchmark's stretch of that deadline (issue 15): `npm run bench` sets
 * `globalThis.__tmLayoutDeadlineScale` to the machine's load per core before the page loads, so a
 * layout on a machine shared with other work is timed instead of stopped. Users never set it (1).
 */
function deadlineScale(): number {
  const scale = (globalThis as { __tmLayoutDeadlineScale?: unknown }).__tmLayoutDeadlineScale;
  return typeof scale === 'number' && Number.isFinite(scale) && scale > 1 ? Math.min(scale, 20) : 1;
}

/** Resolves in a later task of the event loop, so what the page queued meanwhile runs first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const defaultLayoutEnv = (fitView: () => void): LayoutEnv => ({
  run: (input, req, signal) => {
    const timeoutMs = layoutDeadline(input.nodes.length);
    return runLayout(input, req, { layout: (graph, opts) => elk().layout(graph, { ...opts, timeoutMs }), pause: nextTask }, signal);
  },
  ready: canvasReady,
  commit: (from, to) => commitAnimated(from, to),
  fitView,
});

// User Timing entries for scripts/bench-layout-browser.ts: "run" = click → plan (measuring, the
// worker, the kernel), "apply" = the one commit plus the animation or reveal, "settled" = until
// ELK's routes and labels are stored and shown too.
const now = () => performance.now();
const measure = (name: string, start: number) => performance.measure?.(name, { start, end: now() });

/** Stops the layout in progress, if any; the document keeps its positions. */
export function cancelLayout(): void {
  job().running?.abort();
}

export const isLayoutRunning = () => job().running !== null;

const cancelled = () => new LayoutError('cancelled', 'Layout was cancelled.');
function throwIfCancelled(signal: AbortSignal) {
  if (signal.aborted) throw cancelled();
}

function report(error: unknown, nodeCount: number): LayoutOutcome {
  const notify = state().notify;
  if (isLayoutError(error, 'cancelled')) {
    notify('info', t()('layout.cancelled'));
    return 'cancelled';
  }
  if (isLayoutError(error, 'too-large-for-organic')) {
    notify('warning', t()('layout.tooLargeForOrganic', { max: ORGANIC_MAX_NODES, count: nodeCount }));
    return 'refused';
  }
  const key: StringKey = isLayoutError(error, 'timeout') ? 'layout.timeout' : 'layout.failed';
  // The English message names the cause (ELK's own text, a bad size…); the positions are untouched.
  notify('error', t()(key), [error instanceof Error ? error.message : String(error)]);
  return 'failed';
}

/**
 * ELK's own routes and label positions (issue 10), for the positions just committed; the route
 * slice's basis makes them stale by itself as soon as anything moves, grows or changes style.
 * The canvas first re-measures the groups ELK resized (a new `measured` map, which the basis
 * compares by reference), so the plan is stored once those sizes have arrived. A large plan's
 * labels are settled in the router's worker and the plan is shown over frames (issue 15).
 */
async function storeElkRoutes(after: TheoryModel, routes: NonNullable<LayoutPlan['routes']>): Promise<void> {
  await groupsMeasured(after);
  // Its own task, not the frame's: posting a 500-node plan to the router's worker copies it (~40 ms).
  await nextTask();
  if (state().doc !== after) return;
  const elk = { style: after.style?.edges ?? DEFAULT_EDGE_STYLE, source: 'elk' as const, routes };
  // Labels ELK did not place (edges routed beside the actor column) or that touch a node are re-placed.
  const input = routeInput(after, state().measured, state().diagramLang);
  const settled = await settleElsewhere(elk, input);
  if (state().doc !== after) return;
  // ELK routes hierarchy-crossing edges through a group's top padding, where its title is
  // (Layered top → down). Such a plan is not kept: the obstacle router, already scheduled by
  // the commit, routes the figure instead (docs/decisions.md) — unless the model is too large
  // for that router, where ELK's plan is still better than the straight fallback.
  const tooLarge = input.nodes.length + input.edges.length > ROUTER_MAX_SIZE;
  if (tooLarge || titleCrossings(input, settled).length === 0) await storeRoutesInSlices(settled, taskScheduler());
}

/** Edges above which label settling leaves the main thread, when the router's worker is there. */
const SETTLE_OFF_THREAD = 150;

function settleElsewhere(plan: RoutePlan, input: RouteInput): Promise<RoutePlan> {
  const settle = job().settle;
  if (!settle || input.edges.length < SETTLE_OFF_THREAD) return Promise.resolve(settleLabels(plan, input));
  return settle(plan, input).catch(() => settleLabels(plan, input));
}


/**
 * Lays out the open model with `choice` (the menu's current one by default). The result is ONE
 * undo step; a failure, a timeout or a cancel leave the document as it was and say so. If the
 * document changes while the worker runs, the result is dropped: it was computed for positions
 * that no longer exist, and applying it would undo the user's edit.
 */
export async function autoLayout(env: LayoutEnv, choice: LayoutChoice = state().layoutChoice): Promise<LayoutOutcome> {
  const layout = job();
  if (layout.running) return 'busy';
  const selected = liveSelection().nodes;
  const blocked = choiceBlocked(choice, selected);
  if (blocked) {
    state().notify('warning', t()(blocked === 'needs-one-node' ? 'layout.needsOneNode' : 'layout.needsSelection'));
    return 'blocked';
  }
  const controller = new AbortController();
  layout.running = controller;
  const started = now();
  state().setLayoutRunning(true);
  let before: TheoryModel;
  let plan: LayoutPlan;
  try {
    await env.ready();
    throwIfCancelled(controller.signal);
    before = state().doc;
    const s = state();
    plan = await env.run(buildLayoutInput(before, s.measured, s.diagramLang), layoutRequest(choice, before, selected), controller.signal);
    // A runner that cannot be interrupted (ELK in-thread, a test double) is honoured on return.
    throwIfCancelled(controller.signal);
    measure('tm:layout:run', started);
  } catch (error) {
    return report(controller.signal.aborted ? cancelled() : error, state().doc.nodes.length);
  } finally {
    layout.running = null;
    state().setLayoutRunning(false);
  }
  if (state().doc !== before) {
    state().notify('warning', t()('layout.stale'));
    return 'stale';
  }
  const applying = now();
  const after = applyLayoutPlan(before, plan);
  state().setLayoutApplying(true);
  try {
    if (after !== before) {
      // The commit gets a task of its own (issue 15): not the pipeline's last, and not a frame's,
      // whose style, layout and paint would come on top of it.
      if (after.nodes.length > TWEEN_MAX_NODES) await nextTask();
      if (state().doc !== before) {
        state().notify('warning', t()('layout.stale'));
        return 'stale';
      }
      await env.commit(before, after);
    }
    measure('tm:layout:apply', applying);
    env.fitView();
    if (plan.routes) await storeElkRoutes(after, plan.routes);
    measure('tm:layout:settled', applying);
  } finally {
    state().setLayoutApplying(false);
  }
  return after === before ? 'unchanged' : 'applied';
}

/** Chooses a layout in the menu and runs it. */
export function chooseLayout(env: LayoutEnv, choice: LayoutChoice): Promise<LayoutOutcome> {
  state().setLayoutChoice(choice);
  return autoLayout(env, choice);
}

// The Figure preset's settings are edited in figureSettingsActions.ts (no kernel needed).
export { setFigureBand, setFigureDirection } from './figureSettingsActions';
