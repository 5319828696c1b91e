/**
 * Alignment guides while dragging (issue 10, item 6). Each drag frame, the dragged nodes' box is
 * compared with every other node; within a few px of another's edge or centre the line is shown,
 * and on drop the nodes are pulled onto it. The pull waits for the drop on purpose: the window's
 * pointerup ends the drag's gesture before React Flow reports the final position, so a
 * position we changed mid-drag would make that report a second undo step. The pull then merges into
 * the drag's step the way dropping into a group does (nodeDrop.ts). With snap to grid on, the grid
 * wins: guides are only shown.
 */
import { absoluteRect, boundsOf, descendantIds, sizeFrom, topmost, type Rect } from '../model/geometry';
import { nodeIndex } from '../model/nodeIndex';
import { guideSnap } from '../model/guides';
import { nudgeNodes } from '../model/structure';
import type { TheoryModel } from '../model/types';
import { activeEditor } from './activeEditor';
import { useAppStore } from './appStore';

/** A drag begins; `before` is the document when it began (now, unless the drag began earlier). */
export function startGuides(before: TheoryModel = useAppStore.getState().doc): void {
  const session = activeEditor().session;
  session.beforeGuides = before;
  session.guideOthers = undefined;
}

/** Nodes by id without a map per drag frame (model/nodeIndex.ts). */
const lookup = nodeIndex();

/**
 * The pull for the dragged nodes and the lines to show, from the current document. `cache` holds
 * the other nodes' boxes from an earlier frame; they are used if taken for these same dragged nodes.
 */
function snapFor(doc: TheoryModel, ids: readonly string[], cache?: { ids: string; rects: Rect[] }) {
  const s = useAppStore.getState();
  const sizeOf = sizeFrom(s.measured);
  const byId = lookup(doc.nodes);
  const moving = topmost(byId, ids);
  if (moving.length === 0) return null;
  const box = boundsOf(moving.map((id) => absoluteRect(byId, byId.get(id)!, sizeOf)))!;
  const key = moving.join('\n');
  let others = cache?.ids === key ? cache.rects : undefined;
  if (!others) {
    // Not compared: the dragged nodes, their contents, and the groups they sit in.
    const skip = new Set(moving);
    for (const id of moving) {
      for (const d of descendantIds(doc, id)) skip.add(d);
      for (let p = byId.get(id)?.parent; p !== undefined && !skip.has(p); p = byId.get(p)?.parent) skip.add(p);
    }
    others = doc.nodes.filter((n) => !skip.has(n.id)).map((n) => absoluteRect(byId, n, sizeOf));
  }
  return { moving, others: { ids: key, rects: others }, snap: guideSnap(box, others) };
}

const sameLines = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * One drag frame: show the lines the nodes would be pulled onto if dropped here. The other nodes'
 * boxes are taken once per drag (on a 1,000-node model, rebuilding them was a few ms a frame), and
 * the store is written only when the lines change: each write re-runs every edge's selectors (issue 15).
 */
export function dragGuides(ids: readonly string[]): void {
  const s = useAppStore.getState();
  const session = activeEditor().session;
  const found = snapFor(s.doc, ids, session.guideOthers);
  if (!found) return;
  session.guideOthers = found.others;
  const { snap } = found;
  const shown = snap.xs.length > 0 || snap.ys.length > 0 ? { x: snap.xs, y: snap.ys } : null;
  if (shown && s.guides && sameLines(shown.x, s.guides.x) && sameLines(shown.y, s.guides.y)) return;
  if (shown || s.guides) s.setGuides(shown);
}

/** Drop: clears the guides and re-applies the pull to the final position, within the drag's step. */
export function endGuides(ids: readonly string[]): void {
  const s = useAppStore.getState();
  const session = activeEditor().session;
  const before = session.beforeGuides;
  session.beforeGuides = undefined;
  session.guideOthers = undefined;
  if (s.guides) s.setGuides(null);
  // No start was made for this drag: a pull would be an undo step of its own, so there is none.
  if (s.snapToGrid || before === undefined) return;
  const found = snapFor(s.doc, ids);
  if (!found || (found.snap.dx === 0 && found.snap.dy === 0)) return;
  const next = nudgeNodes(s.doc, found.moving, Math.round(found.snap.dx), Math.round(found.snap.dy));
  s.edit(() => next, before !== undefined && s.doc !== before ? 'merge' : 'record');
}
