/**
 * The text notation of a model (docs/text-notation.md): parse, print, update in place, apply.
 * Pure TypeScript, no React; the text view panel loads this with CodeMirror, lazily.
 */
export { parse, analyse, derivedEdgeId } from './parse';
export { print } from './print';
export { update, type TextChange } from './update';
export { applyText } from './apply';
export { applyChanges, diffLines } from './diff';
export type { ParseResult, TextDoc, TextEdge, TextError, TextErrorCode, TextNode } from './types';
export { textToDocument, type TextDocumentResult } from './document';
