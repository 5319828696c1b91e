/**
 * Mounting a large document in slices (issue 17: "a 4,900-node model loads with no main-thread
 * task over 1 s"). React Flow mounts every node it is given in one commit: 4,900 at once was one
 * render of about 6 s, plus the style and layout work of all those elements. When a change brings
 * more than `MOUNT_AT_ONCE` nodes the canvas has not drawn yet (opening or importing a large
 * model), the canvas draws the nodes it already has plus `MOUNT_SLICE` new ones per frame, parents
 * before their children, with the edges whose two ends are drawn. This is paint only: the document
 * is whole from the first frame (autosave, undo, export and every panel see all of it), and the
 * canvas says it is busy until the last slice is drawn.
 */
import type { ModelNode, TheoryModel } from '../model/types';

export const MOUNT_AT_ONCE = 1_000;
// 200, not 300: with each slice costing only what it adds (issue 17), a smaller slice is a
// shorter task (CPU per slice ~160–240 ms against ~250–320 ms at 4,900 nodes), for more frames.
export const MOUNT_SLICE = 200;

export type MountState = { mounted: ReadonlySet<string>; slicing: boolean };
export type MountStep = { shown: TheoryModel; state: MountState; mounting: boolean };

/**
 * What to draw of `doc` now, given what is drawn already. Pure: the canvas keeps `state` between
 * renders and asks again on the next frame while `mounting`.
 */
export function mountStep(doc: TheoryModel, state: MountState): MountStep {
  let fresh = 0;
  for (const n of doc.nodes) if (!state.mounted.has(n.id)) fresh++;
  // Nothing new, nothing gone (every drag frame): the same state, no set of every id rebuilt.
  if (fresh === 0 && !state.slicing && state.mounted.size === doc.nodes.length) return { shown: doc, state, mounting: false };
  if (fresh === 0 || (!state.slicing && fresh <= MOUNT_AT_ONCE)) {
    return { shown: doc, state: { mounted: new Set(doc.nodes.map((n) => n.id)), slicing: false }, mounting: false };
  }
  const present = new Set(doc.nodes.map((n) => n.id));
  const allowed = new Set([...state.mounted].filter((id) => present.has(id)));
  let budget = MOUNT_SLICE;
  // Parents first: React Flow needs a child's parent drawn before the child.
  for (let progress = true; budget > 0 && progress; ) {
    progress = false;
    for (const n of doc.nodes) {
      if (budget === 0) break;
      if (allowed.has(n.id)) continue;
      if (n.parent !== undefined && present.has(n.parent) && !allowed.has(n.parent)) continue;
      allowed.add(n.id);
      budget--;
      progress = true;
    }
  }
  const complete = allowed.size === doc.nodes.length;
  if (complete) return { shown: doc, state: { mounted: allowed, slicing: false }, mounting: false };
  const nodes: ModelNode[] = doc.nodes.filter((n) => allowed.has(n.id));
  const edges = doc.edges.filter((e) => allowed.has(e.source) && allowed.has(e.target));
  return { shown: { ...doc, nodes, edges }, state: { mounted: allowed, slicing: true }, mounting: true };
}
