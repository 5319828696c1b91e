import type { NodeShape } from '../model/types';
import { addEntry, moveEntry, setKindShape, setRelationEnds, type VocabularyList } from '../model/vocabularyEdits';
import { removeKind, removeRelation } from '../model/vocabularyRemove';
import { useAppStore } from './appStore';
import { endFieldEdit } from './fieldSession';

/**
 * Named store actions of the vocabulary dialog (issue 11: panels never edit the document ad hoc).
 * Each is one undo step over a pure edit in model/vocabulary*.ts (none when nothing changes); a
 * field edit still open in the dialog is ended first, so it cannot absorb this step.
 */
function vocabularyEdit(change: Parameters<ReturnType<typeof useAppStore.getState>['edit']>[0]): void {
  endFieldEdit();
  useAppStore.getState().edit(change);
}

/** Adds a kind or relation type named `name` in the diagram language; its id is made from the name. */
export function addVocabularyEntry(list: VocabularyList, name: string): void {
  const lang = useAppStore.getState().diagramLang;
  vocabularyEdit((d) => addEntry(d, list, name, lang).doc);
}

export const moveVocabularyEntry = (list: VocabularyList, id: string, delta: -1 | 1) => vocabularyEdit((d) => moveEntry(d, list, id, delta));
export const removeKindAction = (id: string, replacement?: string) => vocabularyEdit((d) => removeKind(d, id, replacement));
export const setKindShapeAction = (id: string, shape: NodeShape) => vocabularyEdit((d) => setKindShape(d, id, shape));
export const removeRelationAction = (id: string, replacement?: string) => vocabularyEdit((d) => removeRelation(d, id, replacement));
export const setRelationEndsAction = (id: string, end: 'from' | 'to', kinds: readonly string[]) => vocabularyEdit((d) => setRelationEnds(d, id, end, kinds));
