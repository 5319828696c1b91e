/**
 * The project's own text notation (docs/text-notation.md, `src/io/text`) as a file format: a
 * `.tmtext` file opened, dropped or exported reads and writes the same text the text view shows.
 *
 * The text names kinds and relation types but does not define them: names resolve against the
 * paper's vocabulary (that of a new blank model). A kind or relation type the text names that is
 * not in it becomes a new entry with that id, so a text exported from any model reads back with
 * the same ids, labels, kinds, relation types and groups. The text holds no positions, sizes,
 * translations, descriptions or colours: the import lays the model out and says so.
 */
import { blankModel } from '../../model/blank';
import type { NodeKind, RelationType, TheoryModel, Vocabulary } from '../../model/types';
import { print, textToDocument, type TextError } from '../text';
import type { FormatModule, InteropNote, ReadOutcome } from './types';

export const FORMAT = 'Text notation';

/** Colours for created entries: the editor's neutral defaults, one per position. */
const KIND_COLORS = ['#5b6b7c', '#7a5c99', '#3d7a6a', '#9a6a2f', '#2f5f9a', '#8a3f4f'];
const RELATION_COLOR = '#555555';

/** Entries for the kinds and relation types the errors say are missing (the rest of the errors may follow from them). */
function created(errors: readonly TextError[], code: 'unknown-kind' | 'unknown-relation', have: readonly { id: string }[]): string[] {
  return [...new Set(errors.filter((e) => e.code === code).map((e) => e.params.name))].filter((name) => name !== undefined && !have.some((x) => x.id === name));
}

const refusal = (e: TextError): ReadOutcome => ({
  ok: false,
  error: { key: 'interop.error.syntax', params: { format: FORMAT, line: e.line, column: e.column }, line: e.line, column: e.column, details: [e.message] },
});

export const read: NonNullable<FormatModule['read']> = (inputs): ReadOutcome => {
  const text = inputs[0]?.text ?? '';
  // No title in the text: the caller names the model after the file.
  const blank = blankModel('');
  const { labels: _untitled, ...meta } = blank.meta;
  const base: TheoryModel = { ...blank, meta: { ...meta, title: '' } };
  let vocabulary: Vocabulary = base.vocabulary;
  const kinds: string[] = [];
  const relations: string[] = [];
  let result = textToDocument(text, base);
  // A name the paper's vocabulary lacks becomes an entry, and the text is read again (at most a few times).
  for (let pass = 0; !result.ok && pass < 3; pass++) {
    const newKinds = created(result.errors, 'unknown-kind', vocabulary.nodeKinds);
    const newRelations = created(result.errors, 'unknown-relation', vocabulary.relationTypes);
    if (newKinds.length + newRelations.length === 0) break;
    const nodeKinds: NodeKind[] = newKinds.map((id, i) => ({ id, label: id, color: KIND_COLORS[(kinds.length + i) % KIND_COLORS.length] }));
    const relationTypes: RelationType[] = newRelations.map((id) => ({ id, label: id, color: RELATION_COLOR }));
    vocabulary = { ...vocabulary, nodeKinds: [...vocabulary.nodeKinds, ...nodeKinds], relationTypes: [...vocabulary.relationTypes, ...relationTypes] };
    kinds.push(...newKinds);
    relations.push(...newRelations);
    result = textToDocument(text, { ...base, vocabulary });
  }
  if (!result.ok) return refusal(result.errors[0]);
  const notes: InteropNote[] = [];
  if (kinds.length > 0) notes.push({ key: 'interop.note.kindsNamed', params: { count: kinds.length, list: kinds.join(', ') } });
  if (relations.length > 0) notes.push({ key: 'interop.note.relationsNamed', params: { count: relations.length, list: relations.join(', ') } });
  if (result.doc.nodes.length === 0) return { ok: false, error: { key: 'interop.error.noNodes', params: { format: FORMAT } } };
  notes.push({ key: 'interop.note.laidOut', params: { format: FORMAT } });
  return { ok: true, doc: result.doc, notes, needsLayout: true };
};

export const write: NonNullable<FormatModule['write']> = (doc) => ({ text: print(doc) });
