import { sizeFrom } from '../model/geometry';
import { reparentOnDrop } from '../model/reparent';
import { activeEditor } from './activeEditor';
import { useAppStore } from './appStore';

/**
 * Dropping dragged nodes into or out of groups, as part of the drag's own undo step. The drag is
 * already one step (flowChanges.ts: the first frame is recorded, its "before" being the document
 * from before the drag). The re-parenting merges into that step (history.ts), so one undo puts the node back where it was, in its old group. Otherwise
 * (the drag changed nothing) it is a step of its own.
 */

export function startNodeDrag() {
  activeEditor().session.beforeDrop = useAppStore.getState().doc;
}

export function dropNodes(ids: readonly string[]): void {
  const store = useAppStore.getState();
  const session = activeEditor().session;
  const before = session.beforeDrop;
  session.beforeDrop = undefined;
  const next = reparentOnDrop(store.doc, ids, sizeFrom(store.measured));
  if (next === store.doc) return;
  // The drag made a step when it moved something; otherwise the drop is a step of its own.
  store.edit(() => next, before !== undefined && store.doc !== before ? 'merge' : 'record');
}
