/**
 * Showing a large layout result in slices (issue 15). Moving 500 nodes in one React commit was
 * one 250–450 ms task (every node, its edges and React Flow's internals re-rendered at once),
 * far over the 100 ms that keeps a page responsive. So the laid-out document is committed at
 * once — still ONE undo step, autosaved and undone like any edit — but the canvas keeps drawing
 * the nodes not yet revealed where they were (their old document objects, which the flow cache
 * still maps to the very React Flow objects already on screen, so nothing re-renders for them),
 * and reveals a slice more each frame, sized to the frame time (revealSlices.ts: fewer nodes per
 * frame on a loaded machine). Like the tween, this is paint, never the document.
 */
import { GROUP_KIND, type ModelNode, type TheoryModel } from '../model/types';
import { useAppStore } from './appStore';
import type { CaptureUpdate } from './history';
import type { FrameScheduler } from './layoutTween';
import { revealInSlices, type SliceBudget } from './revealSlices';

/**
 * Nodes revealed per slice: each costs about 0.5–2 ms to draw with its edges on this machine
 * (more under load), on top of a fixed cost per update for the whole canvas; the slice shrinks
 * or grows so a slice takes about 35 ms (with the frame that paints it, under 100 ms even with a
 * garbage collection or a group's re-measure on top). The first is small: it follows the commit.
 */
export const REVEAL_BUDGET: SliceBudget = { first: 12, min: 4, max: 120, frameMs: 35 };

/** Nodes still drawn at their place before the layout: their old document objects, by id. */
export type LayoutReveal = { hidden: ReadonlyMap<string, ModelNode> };

const shownCache = new WeakMap<LayoutReveal, { doc: TheoryModel; shown: TheoryModel }>();

/**
 * The document as the canvas draws it while a layout is revealed: unrevealed nodes where they
 * were. The same object for the same (doc, reveal), so per-edge selectors can cache on its nodes.
 */
export function revealedDoc(doc: TheoryModel, reveal: LayoutReveal | null): TheoryModel {
  if (!reveal || reveal.hidden.size === 0) return doc;
  const hit = shownCache.get(reveal);
  if (hit?.doc === doc) return hit.shown;
  const shown = { ...doc, nodes: doc.nodes.map((n) => reveal.hidden.get(n.id) ?? n) };
  shownCache.set(reveal, { doc, shown });
  return shown;
}

/**
 * The order nodes are revealed in: document order, with the groups spread evenly among the other
 * nodes. Documents list parents first, so all groups fell in the first slice, and a group costs
 * far more than a node (its new size is re-measured, and every member and their edges move with
 * it): the first slice of a 500-node result took 2–3 times as long as the others.
 */
export function revealOrder(nodes: readonly ModelNode[]): string[] {
  const groups = nodes.filter((n) => n.kind === GROUP_KIND).map((n) => n.id);
  const others = nodes.filter((n) => n.kind !== GROUP_KIND).map((n) => n.id);
  const order: string[] = [];
  let g = 0;
  let o = 0;
  while (g < groups.length || o < others.length) {
    // The next group goes in once the others shown reach its share of them.
    if (g < groups.length && (o >= others.length || (g + 0.5) / groups.length <= o / Math.max(1, others.length))) order.push(groups[g++]);
    else order.push(others[o++]);
  }
  return order;
}

/**
 * Commits `to` (one undo step) and reveals the moved nodes slice by slice, one slice per frame, in
 * `revealOrder`. Resolves one frame after the last slice, so whatever runs next
 * (fitView reads the panels' boxes) finds the page already laid out instead of forcing a layout.
 * Stops at once, showing the document as it is, if the document changes meanwhile (an undo, an edit).
 */
export function commitInSlices(from: TheoryModel, to: TheoryModel, moved: readonly string[], scheduler: FrameScheduler, policy: CaptureUpdate = 'record'): Promise<void> {
  const state = useAppStore.getState();
  const old = new Map(from.nodes.map((n) => [n.id, n] as const));
  const hidden = new Map<string, ModelNode>();
  for (const id of moved) {
    const n = old.get(id);
    if (n) hidden.set(id, n);
  }
  // Set before the commit, so no render shows the end state (and re-renders every node) early.
  state.setLayoutReveal({ hidden });
  state.edit(() => to, policy);
  const order = revealOrder(to.nodes.filter((n) => hidden.has(n.id)));
  return new Promise((resolve) => {
    revealInSlices(
      order.length,
      REVEAL_BUDGET,
      scheduler,
      (shown) => {
        const s = useAppStore.getState();
        if (s.doc !== to || shown >= order.length) {
          s.setLayoutReveal(null);
          return false;
        }
        const rest = new Map(hidden);
        for (let i = 0; i < shown; i++) rest.delete(order[i]);
        s.setLayoutReveal({ hidden: rest });
        return true;
      },
      resolve,
    );
  });
}
