/**
 * The saved draft's envelope: `{ app, savedAt, revision, tabId, data }`, where `data` is the model
 * exactly as Export JSON writes it (`serializeModel`). The envelope says who wrote it and when, so
 * two tabs can tell newer work from older; the model inside is read back only through
 * `importModel(data, { source: 'autosave' })` — the one import path, never `JSON.parse(x) as T`.
 */
import { msg } from '../../i18n/message';
import { parseJson } from '../../io/parseJson';
import { serializeModel } from '../../io/serialize';
import { fail, type ImportError } from '../../io/types';
import type { TheoryModel } from '../../model/types';
import { APP_ID } from './keys';

export type DraftHead = {
  app: typeof APP_ID;
  /** ISO time of the write. */
  savedAt: string;
  /** Increases by one with every write, whichever tab writes; the higher one is the newer work. */
  revision: number;
  /** Random id of the tab (page load) that wrote it. */
  tabId: string;
};

export type DraftEnvelope = DraftHead & { data: string };

export function makeEnvelope(doc: TheoryModel, revision: number, tabId: string, now: number): DraftEnvelope {
  return { app: APP_ID, savedAt: new Date(now).toISOString(), revision, tabId, data: serializeModel(doc) };
}

/** Key order is fixed (head first), which lets `peekHead` read a head without parsing the model. */
export function encodeEnvelope(e: DraftEnvelope): string {
  return JSON.stringify({ app: e.app, savedAt: e.savedAt, revision: e.revision, tabId: e.tabId, data: e.data });
}

const isRevision = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The head fields of a parsed value, or null when it is not one of our envelopes. */
function headOf(value: unknown): DraftHead | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (v.app !== APP_ID || typeof v.savedAt !== 'string' || !isRevision(v.revision) || typeof v.tabId !== 'string') return null;
  return { app: APP_ID, savedAt: v.savedAt, revision: v.revision, tabId: v.tabId };
}

export type EnvelopeResult = { ok: true; envelope: DraftEnvelope } | { ok: false; error: ImportError };

/** Stored text → envelope. The model inside stays text: only importModel may read it. */
export function readEnvelope(raw: string): EnvelopeResult {
  const parsed = parseJson(raw, 'autosave');
  if (!parsed.ok) return parsed;
  const head = headOf(parsed.value);
  const data = head && (parsed.value as Record<string, unknown>).data;
  if (!head || typeof data !== 'string') {
    return fail('not-theory-model', msg('io.draft.notEnvelope', { app: APP_ID }));
  }
  return { ok: true, envelope: { ...head, data } };
}

// Matches what encodeEnvelope writes. JSON.stringify escapes `"` inside strings, so `[^"\\]*`
// cannot stop early inside a value; anything unusual falls back to a full parse.
const HEAD = /^\{"app":"theory-model-editor","savedAt":"([^"\\]*)","revision":(\d+),"tabId":"([^"\\]*)","data":"/;

/**
 * The head of a stored envelope, cheaply: before every write the autosaver must know who wrote
 * last, and parsing a 500-node model just for that would cost most of a frame.
 */
export function peekHead(raw: string): DraftHead | null {
  const m = HEAD.exec(raw.slice(0, 400));
  if (m) {
    const revision = Number(m[2]);
    if (isRevision(revision)) return { app: APP_ID, savedAt: m[1], revision, tabId: m[3] };
  }
  const read = readEnvelope(raw);
  return read.ok ? headOf(read.envelope) : null;
}
