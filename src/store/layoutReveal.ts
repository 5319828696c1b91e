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
import type { ModelNode, TheoryModel } from '../model/types';
import { useAppStore } from './appStore';
import type { CaptureUpdate } from './history';
import type { FrameScheduler } from './layoutTween';
import { revealInSlices, type SliceBudget } from './revealSlices';

/**
 * Nodes revealed per frame: each costs about 0.5–2 ms to draw with its edges on this machine
 * (more under load), on top of a fixed cost per update for the whole canvas; the slice shrinks
 * or grows so a frame takes about 50 ms.
 */
export const REVEAL_BUDGET: SliceBudget = { first: 30, min: 8, max: 120, frameMs: 50 };

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
 * Commits `to` (one undo step) and reveals the moved nodes slice by slice, one slice per frame, in
 * document order (parents first). Resolves one frame after the last slice, so whatever runs next
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
  const order = to.nodes.map((n) => n.id).filter((id) => hidden.has(id));
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
