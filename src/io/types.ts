/**
 * Result and report types of the import path. Codes are stable identifiers; messages are message
 * codes with parameters (i18n/message.ts) that the UI turns into text in the UI language, never
 * sentences built here. Everything they carry is plain text — never HTML.
 */
import { msg, type Message } from '../i18n/message';
import type { TheoryModel } from '../model/types';

export type ImportErrorCode = 'too-large' | 'empty' | 'not-json' | 'not-theory-model' | 'future-version' | 'invalid' | 'over-limit';

export type ImportError = {
  code: ImportErrorCode;
  message: Message;
  /** Extra lines for a "details" disclosure: parser message, JSON paths of schema problems. */
  details?: Message[];
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
  | 'order-keys-repaired'
  | 'invalid-size-removed'
  | 'dangling-edge-removed'
  | 'duplicate-placeholder'
  | 'coordinate-clamped'
  | 'size-clamped'
  | 'bends-removed'
  | 'label-placement-removed'
  | 'step-elements-skipped'
  | 'duplicate-step'
  | 'step-camera-removed';

/** One thing import changed so the file could load. Shown to the user; never silent. */
export type RepairNote = {
  code: RepairCode;
  message: Message;
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
export function sourceNoun(source: ImportSource | undefined): Message {
  switch (source) {
    case 'paste':
      return msg('source.paste');
    case 'autosave':
      return msg('source.autosave');
    case 'link':
      return msg('source.link');
    case 'library':
      return msg('source.library');
    default:
      return msg('source.file');
  }
}

export function fail(code: ImportErrorCode, message: Message, details?: Message[]): { ok: false; error: ImportError } {
  return { ok: false, error: details && details.length > 0 ? { code, message, details } : { code, message } };
}

/** Ids as the notes quote them: `"a", "b", … (7)`, at most five named. */
export function quotedIds(ids: string[], total: boolean = true): string {
  return ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ') + (ids.length > 5 ? (total ? `, … (${ids.length})` : ', …') : '');
}
