/**
 * Share by link (issue 6): the model, compressed, in the URL fragment — `#model=<lz-string>`.
 * The fragment never reaches a server. Reading a link goes through THE import path
 * (`importModel(text, { source: 'link' })`): the same checks as a file, and the text is only ever
 * parsed as JSON, never executed.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { msg } from '../i18n/message';
import type { TheoryModel } from '../model/types';
import { DEFAULT_BUDGETS, overLimitError, type Budgets } from './budgets';
import { importModel } from './importModel';
import { compactModelText } from './serialize';
import { fail, type ImportResult } from './types';

export const LINK_KEY = 'model';

/** Longer addresses break in mail clients, chat apps and some browsers; above this we suggest Export JSON. */
export const MAX_LINK_LENGTH = 8000;

/**
 * Fragments longer than this are refused before decompressing. LZ decompression can expand a
 * crafted input quadratically, and no link this app writes comes near it.
 */
export const MAX_FRAGMENT_LENGTH = 4 * MAX_LINK_LENGTH;

export type ShareLink = { ok: true; url: string } | { ok: false; length: number };

/** The compact JSON of the model (canonical field order, no indentation) as a fragment value. */
export function encodeModel(model: TheoryModel): string {
  return compressToEncodedURIComponent(compactModelText(model));
}

/**
 * The link for `base` (the app's address without a fragment). Refused when it would be longer
 * than MAX_LINK_LENGTH characters.
 */
export function shareLink(base: string, model: TheoryModel): ShareLink {
  const url = `${base.replace(/#.*$/, '')}#${LINK_KEY}=${encodeModel(model)}`;
  return url.length > MAX_LINK_LENGTH ? { ok: false, length: url.length } : { ok: true, url };
}

/** The `model=` value of a fragment (`#model=…` or `#a=b&model=…`), or null when there is none. */
export function linkPayload(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (part.startsWith(`${LINK_KEY}=`)) return part.slice(LINK_KEY.length + 1);
  }
  return null;
}

/** Reads a shared model from a URL fragment; `null` when the fragment holds none. */
export function readModelLink(hash: string, budgets: Budgets = DEFAULT_BUDGETS): ImportResult | null {
  let payload = linkPayload(hash);
  if (payload === null) return null;
  if (payload.length > MAX_FRAGMENT_LENGTH) {
    return fail('too-large', msg('io.link.tooLong', { length: payload.length.toLocaleString('en'), max: MAX_LINK_LENGTH.toLocaleString('en') }));
  }
  // Some apps percent-encode a fragment when they pass it on; the alphabet itself has no `%`.
  if (payload.includes('%')) {
    try {
      payload = decodeURIComponent(payload);
    } catch {
      // keep it as it is: decompressing will fail and say so
    }
  }
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) {
    return fail('not-json', msg('io.link.damaged'));
  }
  // A short link can unpack to megabytes (a 12.9k-character one to a valid 19.8 MB model froze the
  // tab for 31–47 s: issue 17); nothing this app shares comes near the budget.
  if (text.length > budgets.linkChars) {
    return { ok: false, error: overLimitError({ name: 'linkChars', max: budgets.linkChars, actual: text.length }, 'link') };
  }
  return importModel(text, { source: 'link', budgets });
}
