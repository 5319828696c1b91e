/**
 * The binding between the editor's model and the shared Yjs document (issue 13).
 *
 * - Local changes are written inside one transaction tagged `LOCAL_ORIGIN`, only for the elements
 *   that changed. During a gesture (policy `merge`) writes are throttled to one per `throttleMs`
 *   (30–50 ms), and the last one always goes out.
 * - Remote changes (and this peer's own undo/redo, which Yjs applies as transactions of the undo
 *   manager) are read back through `importModel`, so a peer's update is validated and repaired like
 *   a file, the same way on every peer, and unchanged element objects are kept.
 * - A peer's update that the import path refuses leaves the open model as it is; when only some
 *   elements fail the schema, those are left out (with a notice) and the rest is shown. The next local
 *   edit of that element list removes them from the room too (a write deletes the elements this
 *   peer's model no longer has, as it does for a dangling edge the repair removed).
 */
import * as Y from 'yjs';
import { importModel, type ImportError, type RepairNote } from '../io/importModel';
import { withoutBrokenElements } from '../io/shared/salvage';
import { readModel, sharedMaps, writeModel } from '../io/shared/ydoc';
import { shareUnchanged } from '../model/share';
import type { TheoryModel } from '../model/types';
import type { ModelPort } from './port';

/** The origin of this peer's own writes: the undo manager tracks these and nothing else. */
export const LOCAL_ORIGIN = { name: 'theory-model local edit' };

export type BindingOptions = {
  throttleMs?: number;
  /** When false, local changes are not written (a read-only link). */
  canWrite?: boolean;
  onRefused?: (error: ImportError) => void;
  onRepaired?: (report: RepairNote[]) => void;
  /** Elements a peer wrote that fail the format's schema and were left out (told once each). */
  onLeftOut?: (ids: string[]) => void;
};

export type Binding = {
  /** Writes a pending throttled change now. */
  flush(): void;
  /** Puts the open model into an empty room (only the peer that created the room does this). */
  seed(): void;
  /** Whether the room holds a model yet. */
  hasContent(): boolean;
  undoManager: Y.UndoManager;
  dispose(): void;
};

export function bindModel(doc: Y.Doc, port: ModelPort, options: BindingOptions = {}): Binding {
  const { throttleMs = 40, canWrite = true } = options;
  const maps = sharedMaps(doc);
  /** The model the shared document last matched: writes are the difference from it. */
  let written: TheoryModel | undefined;
  let pending: TheoryModel | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const undoManager = new Y.UndoManager([maps.nodes, maps.edges, maps.rest], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 10_000 });

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending || !canWrite) return;
    const next = pending;
    pending = undefined;
    doc.transact(() => writeModel(maps, written, next), LOCAL_ORIGIN);
    written = next;
  };

  const offLocal = port.onLocalChange((next, policy) => {
    if (!canWrite) return;
    // A new undo step starts with each recorded change; merged ones (drag frames, a typing burst)
    // join it. The capture timeout is long so that only this decides.
    if (policy === 'record') {
      // Close the step before, then write this one; the `merge` writes after it (the rest of a
      // drag, of a typing burst) join it, as in the editor's own history.
      flush();
      undoManager.stopCapturing();
      pending = next;
      flush();
      return;
    }
    pending = next;
    if (!timer) timer = setTimeout(flush, throttleMs);
  });

  const pull = () => {
    const plain = readModel(maps);
    if (!plain) return;
    let result = importModel(plain);
    let leftOut: string[] = [];
    if (!result.ok && result.error.code === 'invalid') {
      // One broken element must not freeze the session: leave it out and take the rest.
      const salvaged = withoutBrokenElements(plain);
      const retry = salvaged && importModel(salvaged.doc);
      if (retry && retry.ok) [result, leftOut] = [retry, salvaged.dropped];
    }
    if (!result.ok) return options.onRefused?.(result.error);
    tellLeftOut(leftOut);
    const current = port.model();
    const next = shareUnchanged(current, result.model);
    written = next;
    if (next !== current) port.applyRemote(next, result.report);
    tellRepairs(result.report);
  };

  /**
   * The shared document keeps what peers wrote; each peer repairs it the same way on reading, so a
   * repair stays in the report of every later read until someone's edit overwrites it. Tell each
   * repair once, when it first appears, even if the model shown did not change (the peer whose own
   * change survived the repair sees the same model, but must still learn that a peer's was undone).
   */
  let toldLeftOut = new Set<string>();
  const tellLeftOut = (ids: string[]) => {
    const fresh = ids.filter((id) => !toldLeftOut.has(id));
    toldLeftOut = new Set(ids);
    if (fresh.length) options.onLeftOut?.(fresh);
  };
  let told = new Set<string>();
  const tellRepairs = (report: RepairNote[]) => {
    const repairs = report.filter((n) => n.code !== 'migrated');
    const keys = repairs.map((n) => `${n.code} ${JSON.stringify(n.ids ?? [])}`);
    const fresh = repairs.filter((_n, i) => !told.has(keys[i]));
    told = new Set(keys);
    if (fresh.length) options.onRepaired?.(fresh);
  };

  const onDeep = (_events: unknown, transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN) return;
    flush();
    pull();
  };
  maps.nodes.observeDeep(onDeep);
  maps.edges.observeDeep(onDeep);
  maps.rest.observeDeep(onDeep);
  // A document that already holds a room's content (joined late, or restored offline) shows it now.
  pull();

  return {
    flush,
    hasContent: () => readModel(maps) !== null,
    seed: () => {
      if (readModel(maps) !== null) return;
      const model = port.model();
      doc.transact(() => writeModel(maps, undefined, model), { name: 'seed' });
      written = model;
    },
    undoManager,
    dispose: () => {
      flush();
      offLocal();
      maps.nodes.unobserveDeep(onDeep);
      maps.edges.unobserveDeep(onDeep);
      maps.rest.unobserveDeep(onDeep);
      undoManager.destroy();
    },
  };
}
