/**
 * Saved data the app cannot read is never overwritten: it moves, byte for byte, to a key of its
 * own (`theory-model-editor:recovered:<ISO time>`), and the user can download it from the notice.
 * The app never deletes these keys; only the user (by clearing site data) does.
 */
import { DRAFT_KEY, RECOVERED_PREFIX } from './keys';
import { readEnvelope } from './envelope';
import type { TextDownload } from './download';
import type { StorageLike } from './storage';

/**
 * Copies `raw` to a fresh recovered key, then removes it from `fromKey`. Throws (leaving `fromKey`
 * as it was) when the copy cannot be written, e.g. because storage is full.
 * @returns the recovered key
 */
export function moveToRecovered(storage: StorageLike, raw: string, now: number, fromKey = DRAFT_KEY): string {
  const stamp = new Date(now).toISOString();
  let key = `${RECOVERED_PREFIX}${stamp}`;
  // Two faults in the same millisecond (or a clock set back) must not overwrite the first one.
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${RECOVERED_PREFIX}${stamp}-${n}`;
  storage.setItem(key, raw);
  // Remove the original only once the copy is certainly there.
  if (storage.getItem(key) !== raw) throw new Error(`Could not verify the copy under ${key}.`);
  storage.removeItem(fromKey);
  return key;
}

export type DraftDownload = TextDownload;

/**
 * What "Download the unreadable draft" gives: the model text inside a readable envelope (a newer
 * app can open it as a file), otherwise the stored text exactly as found.
 */
export function unreadableDownload(raw: string, now: number): DraftDownload {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const read = readEnvelope(raw);
  const text = read.ok ? read.envelope.data : raw;
  return { fileName: `theory-model-unreadable-draft-${stamp}.json`, text };
}
