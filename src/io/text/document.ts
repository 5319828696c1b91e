/**
 * A text of the notation as a whole document, for the format registry (a `.tmtext` file opened or
 * pasted): its names resolve against `base`'s vocabulary (the paper's, for a blank model), and the
 * result is a plain document for `importModel`. The text has no positions, so the caller lays the
 * new model out (every node is placed by apply.ts's simple rules until then).
 */
import { blankModel } from '../../model/blank';
import type { TheoryModel } from '../../model/types';
import { applyText } from './apply';
import { parse } from './parse';
import type { TextError } from './types';

export type TextDocumentResult = { ok: true; doc: TheoryModel } | { ok: false; errors: TextError[] };

export function textToDocument(text: string, base: TheoryModel = blankModel()): TextDocumentResult {
  const empty = { ...base, nodes: [], edges: [] };
  const result = parse(text, empty.vocabulary);
  return result.ok ? { ok: true, doc: applyText(empty, result.doc) } : { ok: false, errors: result.errors };
}
