/**
 * Nodes never overlap (issue 10, item 4): when the canvas measures a node larger than before, its
 * neighbours move out of its way (model/makeRoom.ts) and group boxes grow to hold them.
 *
 * Which undo step the move belongs to depends on what made the node grow:
 * - an edit (a longer label, a kind or shape change, a new or pasted node): the move joins that
 *   edit's step (merged into it, or into the field edit in progress), so one undo
 *   restores the old label and the old positions together;
 * - a view change (the diagram language, a font that finished loading): the document did not
 *   change, so there is no step to join; the move is a step of its own, and Undo shows the
 *   previous positions in the new language (docs/decisions.md).
 */
import { sizeFrom } from '../model/geometry';
import type { ModelNode, Size, TheoryModel } from '../model/types';
import { useAppStore, type AppState } from './appStore';
import { followFieldEdit } from './fieldSession';
import { loader } from './laterParts';
import { cameFromPeer } from './remoteOrigin';

/**
 * Ids measured larger (in width or height) than before. A first measurement is not growth: a
 * document just opened or reloaded keeps exactly the positions it was saved with (a node the user
 * left over another stays there), and a new node was already placed clear of the others.
 */
export function grownIds(before: ReadonlyMap<string, Size>, after: ReadonlyMap<string, Size>): string[] {
  const out: string[] = [];
  for (const [id, s] of after) {
    const old = before.get(id);
    if (old && (s.width > old.width + 0.5 || s.height > old.height + 0.5)) out.push(id);
  }
  return out;
}

type Seen = { measured: ReadonlyMap<string, Size>; nodes: ReadonlyMap<string, ModelNode>; vocabulary: TheoryModel['vocabulary']; lang: string };

const seenOf = (s: AppState): Seen => ({ measured: s.measured, nodes: new Map(s.doc.nodes.map((n) => [n.id, n])), vocabulary: s.doc.vocabulary, lang: s.diagramLang });

/** Whether the growth of `ids` came from the document (an edit) rather than from the view. */
function causedByEdit(seen: Seen, s: AppState, ids: readonly string[]): boolean {
  if (s.diagramLang !== seen.lang) return false;
  if (s.doc.vocabulary !== seen.vocabulary) return true;
  return ids.some((id) => {
    const now = s.doc.nodes.find((n) => n.id === id);
    return now !== undefined && seen.nodes.get(id) !== now;
  });
}

/** Applies `next` as part of the latest step (merge) or as a step of its own (record). */
function apply(next: TheoryModel, merge: boolean): void {
  const change = () => next;
  if (followFieldEdit(change)) return;
  useAppStore.getState().edit(change, merge ? 'merge' : 'record');
}

type Kernel = Pick<typeof import('../model/makeRoom'), 'makeRoomInModel'>;

/**
 * The room-making kernel (model/makeRoom.ts), loaded when the canvas starts watching rather than
 * with the first page (issue 15, first load). A first measurement is never growth, so it is
 * there before anything can grow; if a growth comes first anyway, it is handled once it arrives.
 */
const roomKernel = loader<Kernel>(() => import('../model/makeRoom'));

/** The kernel, loaded once (tests wait for it). */
export const loadRoomKernel = (): Promise<Kernel> => roomKernel.get();

/** Makes room for what grew between two measurements; returns whether the document changed. */
function makeRoomForGrowth(seen: Seen, s: AppState, { makeRoomInModel }: Kernel): boolean {
  // A node a peer changed grows on their screen too: they make the room (issue 13).
  const ids = grownIds(seen.measured, s.measured).filter((id) => !cameFromPeer(s.doc.nodes.find((n) => n.id === id)));
  if (ids.length === 0) return false;
  const next = makeRoomInModel(s.doc, sizeFrom(s.measured), ids);
  if (next === s.doc) return false;
  apply(next, causedByEdit(seen, s, ids));
  return true;
}

/**
 * Starts watching measurements; returns the function that stops it. The work runs in a microtask
 * after the measuring `set`, never inside the store's listener: an edit nested in another `set`
 * would be recorded twice by zundo (both calls see the same "before"). A burst of measurements
 * is handled once.
 */
export function installRoomMaking(): () => void {
  let seen = seenOf(useAppStore.getState());
  let scheduled = false;
  let stopped = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(flush);
  };
  const flush = () => {
    scheduled = false;
    if (stopped) return;
    const s = useAppStore.getState();
    // Nothing grew: remembered, no kernel needed. Something grew before the kernel is here: it
    // waits for it, still compared with the last measurement handled.
    const kernel = roomKernel.now();
    if (!kernel && !grownIds(seen.measured, s.measured).length) {
      seen = seenOf(s);
      return;
    }
    if (!kernel) {
      void loadRoomKernel().then(schedule, () => undefined);
      return;
    }
    const before = seen;
    seen = seenOf(s);
    if (makeRoomForGrowth(before, s, kernel)) seen = seenOf(useAppStore.getState());
  };
  void loadRoomKernel().catch(() => undefined);
  const unsubscribe = useAppStore.subscribe((s) => {
    if (s.measured !== seen.measured) schedule();
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
