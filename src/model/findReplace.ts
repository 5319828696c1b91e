/**
 * Find and replace across every text field of a model (labels, translations, descriptions, the
 * title, vocabulary names): plain text, never a pattern the user has to escape. Replace-all is
 * one pure edit, so the store makes it one undo step.
 */
import { listTextFields, mapTextFields, type TextField } from './textFields';
import type { TheoryModel } from './types';

export type FindOptions = { caseSensitive: boolean };

/** One occurrence: the field it is in and where (UTF-16 offsets into `field.text`). */
export type Hit = { field: TextField; start: number; end: number };

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** A global regular expression matching `query` literally, or null for an empty query. */
export function queryPattern(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  // The `u` flag folds case per code point and keeps astral characters whole.
  return new RegExp(query.replace(SYNTAX, '\\$&'), options.caseSensitive ? 'gu' : 'giu');
}

export function findHits(doc: TheoryModel, query: string, options: FindOptions): Hit[] {
  const pattern = queryPattern(query, options);
  if (!pattern) return [];
  const hits: Hit[] = [];
  for (const field of listTextFields(doc)) {
    for (const match of field.text.matchAll(pattern)) hits.push({ field, start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** Replaces every occurrence; the same document when there is none. */
export function replaceAll(doc: TheoryModel, query: string, replacement: string, options: FindOptions): { doc: TheoryModel; count: number } {
  const pattern = queryPattern(query, options);
  if (!pattern) return { doc, count: 0 };
  let count = 0;
  const next = mapTextFields(doc, ({ text }) => {
    // A function replacement: `$&` or `$1` in what the user typed are inserted as typed.
    const replaced = text.replace(pattern, () => {
      count++;
      return replacement;
    });
    return replaced === text ? undefined : replaced;
  });
  return { doc: next, count };
}

/** The field's text cut around a hit, for a preview: before, the hit, after (each side at most `context` characters). */
export function hitContext(hit: Hit, context = 24): { before: string; match: string; after: string } {
  const { text } = hit.field;
  const from = Math.max(0, hit.start - context);
  const to = Math.min(text.length, hit.end + context);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, hit.start),
    match: text.slice(hit.start, hit.end),
    after: text.slice(hit.end, to) + (to < text.length ? '…' : ''),
  };
}
