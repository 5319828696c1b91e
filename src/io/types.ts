/**
 * Result and report types of the import path. Codes are stable identifiers the UI translates;
 * messages are plain English fallbacks. Everything here is plain text — never HTML.
 */
import type { TheoryModel } from '../model/types';

export type ImportErrorCode = 'too-large' | 'empty' | 'not-json' | 'not-theory-model' | 'future-version' | 'invalid' | 'over-limit';

export type ImportError = {
  code: ImportErrorCode;
  message: string;
  /** Extra lines for a "details" disclosure: parser message, JSON paths of schema problems. */
  details?: string[];
  /** With `over-limit`: which budget (io/budgets.ts), its maximum and the input's value. */
  limit?: { name: 'nodes' | 'edges' | 'edgesPerNode' | 'labelChars' | 'textChars' | 'linkChars'; max: number; actual: number };
};

export type RepairCode =
  | 'reserved-key-dropped'
  | 'unknown-field-dropped'
  | 'migrated'
  | 'duplicate-node-id'
  | 'duplicate-edge-id'
  | 'duplicate-kind'
  | 'duplicate-relation'
  | 'unknown-kind-added'
  | 'unknown-relation-added'
  | 'unknown-kind-reference'
  | 'parent-missing'
  | 'parent-not-group'
  | 'parent-cycle'
  | 'nodes-reordered'
  | 'invalid-size-removed'
  | 'dangling-edge-removed'
  | 'duplicate-placeholder'
  | 'coordinate-clamped'
  | 'size-clamped'
  | 'bends-removed'
  | 'label-placement-removed';

/** One thing import changed so the file could load. Shown to the user; never silent. */
export type RepairNote = {
  code: RepairCode;
  message: string;
  /** Ids of the nodes, edges, kinds or relation types concerned. */
  ids?: string[];
  /** JSON paths concerned, e.g. `nodes[3].selected`. */
  paths?: string[];
};

export type ImportResult =
  | { ok: true; model: TheoryModel; report: RepairNote[] }
  | { ok: false; error: ImportError };

export type ImportSource = 'file' | 'paste' | 'autosave' | 'link' | 'drop' | 'library';

/** How messages name the input, so a refused paste doesn't talk about "this file". */
export function sourceNoun(source: ImportSource | undefined): string {
  switch (source) {
    case 'paste':
      return 'The pasted text';
    case 'autosave':
      return 'The saved draft';
    case 'link':
      return 'The shared link';
    case 'library':
      return 'The model in the library';
    default:
      return 'This file';
  }
}

export function fail(code: ImportErrorCode, message: string, details?: string[]): { ok: false; error: ImportError } {
  return { ok: false, error: details && details.length > 0 ? { code, message, details } : { code, message } };
}
