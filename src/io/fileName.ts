/**
 * A download file name from the model title. Titles are user text in any script (this app's users
 * write Chinese), so letters of every script, marks, digits and emoji are kept; only what breaks a
 * file name on some OS goes: `/ \ : * ? " < > |`, control characters, bidi overrides (which can make
 * "gpj.exe" display as "exe.jpg"), and lone surrogates (which a download would turn into U+FFFD).
 */
import type { TheoryModel } from '../model/types';

export const FALLBACK_FILE_NAME = 'theory-model';
export const MAX_FILE_NAME_CHARS = 80;

const ILLEGAL = /[/\\:*?"<>|\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Windows refuses these as base names whatever the extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function fileBaseName(title: string): string {
  const cleaned = title
    .replace(LONE_SURROGATE, '')
    .replace(/\s+/gu, '-') // before ILLEGAL, so a newline or tab separates words like a space
    .replace(ILLEGAL, '')
    .replace(/-{2,}/g, '-')
    // Leading dots hide the file on Unix; trailing dots and spaces are stripped by Windows.
    .replace(/^[-.]+|[-.]+$/g, '');
  // Cut by code points, not UTF-16 units, so an emoji is never split into a lone surrogate.
  const cut = Array.from(cleaned).slice(0, MAX_FILE_NAME_CHARS).join('').replace(/[-.]+$/g, '');
  if (cut === '' || WINDOWS_RESERVED.test(cut)) return cut === '' ? FALLBACK_FILE_NAME : `${cut}-model`;
  return cut;
}

/** e.g. `fileNameFor(model, 'json')` → `学校理论模型.json`; `ext` may be given with or without a dot. */
export function fileNameFor(model: Pick<TheoryModel, 'meta'>, ext: string): string {
  const extension = ext.replace(/^\.+/, '');
  const base = fileBaseName(model.meta.title);
  return extension === '' ? base : `${base}.${extension}`;
}
