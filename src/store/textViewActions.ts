/**
 * The text view's one way into the document (issue 12 item 2). A parsed text is applied to the open
 * model (io/text/apply.ts: surviving ids keep positions, new nodes are placed), checked through THE
 * import path, and written as a field edit: a burst of typing is one undo step, however many pauses
 * update the canvas during it. The burst ends when the editor loses focus, after a longer pause,
 * on any command, and on any change the text view did not make (fieldSession.ts).
 *
 * Only the lazily loaded text view imports this file, so the notation stays out of the first bundle.
 */
import { importModel, type ImportError } from '../io/importModel';
import { applyText, type TextDoc } from '../io/text';
import { sizeFrom } from '../model/geometry';
import type { ModelEdge, ModelNode, TheoryModel } from '../model/types';
import { useAppStore } from './appStore';
import { activeFieldEdit, editField, endFieldEdit } from './fieldSession';

export const TEXT_VIEW_FIELD = 'text-view';

export type TextApplyResult = { status: 'unchanged' | 'applied' } | { status: 'refused'; error: ImportError };

/** Keeps the open model's object for every element import left as it was, so unchanged nodes do not re-render. */
function shareUnchanged<T extends ModelNode | ModelEdge>(imported: T[], before: readonly T[]): T[] {
  const byId = new Map(before.map((e) => [e.id, e]));
  return imported.map((e) => {
    const old = byId.get(e.id);
    return old && JSON.stringify(old) === JSON.stringify(e) ? old : e;
  });
}

export function applyTextView(text: TextDoc): TextApplyResult {
  const state = useAppStore.getState();
  const merged = applyText(state.doc, text, sizeFrom(state.measured));
  if (merged === state.doc) return { status: 'unchanged' };
  const imported = importModel(merged, { source: 'paste' });
  if (!imported.ok) return { status: 'refused', error: imported.error };
  const model: TheoryModel = { ...imported.model, nodes: shareUnchanged(imported.model.nodes, merged.nodes), edges: shareUnchanged(imported.model.edges, merged.edges) };
  editField(TEXT_VIEW_FIELD, () => model);
  return { status: 'applied' };
}

/** Ends the typing burst in progress, if the text view has one: the next change is a new undo step. */
export function endTextBurst(): void {
  if (activeFieldEdit() === TEXT_VIEW_FIELD) endFieldEdit();
}
