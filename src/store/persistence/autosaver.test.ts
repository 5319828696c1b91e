import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inEnglish } from '../../i18n/message';
import { importModel } from '../../io/importModel';
import { serializeModel } from '../../io/serialize';
import { blankModel } from '../../model/blank';
import { moveNodes } from '../../model/edits';
import type { TheoryModel } from '../../model/types';
import { Autosaver, type AutosaveEvent } from './autosaver';
import { readEnvelope } from './envelope';
import { APP_ID, DRAFT_KEY, RECOVERED_PREFIX } from './keys';
import { FaultyStorage, quotaError, securityError } from './testing/fakes';

const start: TheoryModel = { ...blankModel('t', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] };
const moved = (doc: TheoryModel, x: number) => moveNodes(doc, new Map([['a', { x, y: 0 }]]));

function setup(storage = new FaultyStorage()) {
  let doc = start;
  const events: AutosaveEvent[] = [];
  const saver = new Autosaver({ storage: () => storage, getDoc: () => doc, tabId: 'tab-1', onEvent: (e) => events.push(e) });
  const change = (next: TheoryModel) => {
    doc = next;
    saver.changed();
  };
  const stored = () => {
    const raw = storage.getItem(DRAFT_KEY);
    if (raw === null) return null;
    const read = readEnvelope(raw);
    if (!read.ok) throw new Error(inEnglish(read.error.message));
    return read.envelope;
  };
  return { storage, saver, events, change, stored, current: () => doc };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('waits 300 ms after the last change, then writes once', () => {
    const { saver, change, storage } = setup();
    change(moved(start, 10));
    vi.advanceTimersByTime(200);
    change(moved(start, 20));
    vi.advanceTimersByTime(299);
    expect(storage.writes).toBe(0);
    expect(saver.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
  });

  it('holds a due write while a gesture is under way, and writes soon after it ends', () => {
    const storage = new FaultyStorage();
    let busy = false;
    const saver = new Autosaver({ storage: () => storage, getDoc: () => moved(start, 5), tabId: 'tab-1', onEvent: () => {}, busy: () => busy });
    saver.changed();
    busy = true; // a pan starts; long frames let the debounce run out meanwhile
    vi.advanceTimersByTime(2000);
    expect(storage.writes).toBe(0);
    expect(saver.pending).toBe(true);
    busy = false;
    vi.advanceTimersByTime(Autosaver.BUSY_RETRY_MS);
    expect(storage.writes).toBe(1);
  });

  it('never writes in the middle of an unbroken stream of changes (a drag): once, at the end', () => {
    const { change, storage } = setup();
    for (let i = 1; i <= 200; i++) {
      change(moved(start, i)); // a 3.2 s drag, one frame every 16 ms
      vi.advanceTimersByTime(16);
    }
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(300);
    expect(storage.writes).toBe(1);
  });

  it('writes the envelope { app, savedAt, revision, tabId, data } with data = serializeModel(doc)', () => {
    const { change, stored, current } = setup();
    change(moved(start, 42));
    vi.advanceTimersByTime(300);
    const envelope = stored();
    expect(envelope).toEqual({ app: APP_ID, savedAt: '2026-03-01T10:00:00.300Z', revision: 1, tabId: 'tab-1', data: serializeModel(current()) });
    // …and what was written reads back through the one import path as the same document.
    const back = importModel(envelope!.data, { source: 'autosave' });
    expect(back.ok && serializeModel(back.model)).toBe(serializeModel(current()));
  });

  it('flush() writes at once and cancels the pending timer', () => {
    const { saver, change, storage } = setup();
    change(moved(start, 5));
    saver.flush();
    expect(storage.writes).toBe(1);
    expect(saver.pending).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(1);
  });

  it('writes only when the document object changed since the last write', () => {
    const { saver, change, storage, current } = setup();
    saver.flush(); // first write: the start document
    expect(storage.writes).toBe(1);
    saver.flush();
    change(current()); // a "change" that kept the same document (e.g. a selection)
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(1);
    const a = moved(start, 1);
    change(a);
    vi.advanceTimersByTime(300);
    expect(storage.writes).toBe(2);
    // Undo back to the document already written: nothing to write.
    const b = moved(a, 2);
    change(b);
    change(a);
    vi.advanceTimersByTime(300);
    expect(storage.writes).toBe(2);
  });

  it('adopt() makes a restored document count as saved, above the restored revision', () => {
    const { saver, change, storage, stored } = setup();
    saver.adopt(start, 7);
    saver.flush();
    expect(storage.writes).toBe(0);
    change(moved(start, 3));
    saver.flush();
    expect(stored()?.revision).toBe(8);
  });

  it('quota exceeded: reports it, keeps the document, retries on the next change', () => {
    const { saver, change, storage, events, stored, current } = setup();
    storage.failWrites = quotaError;
    const doc = moved(start, 9);
    change(doc);
    vi.advanceTimersByTime(300);
    expect(events.at(-1)).toMatchObject({ kind: 'failed', fault: 'quota' });
    expect(current()).toBe(doc);
    expect(saver.lastWritten).toBeNull();
    storage.failWrites = null;
    change(moved(doc, 10));
    vi.advanceTimersByTime(300);
    expect(events.at(-1)).toEqual({ kind: 'saved', revision: 1 });
    expect(stored()?.data).toBe(serializeModel(current()));
  });

  it('storage unavailable (access throws SecurityError): reports "unavailable"', () => {
    const events: AutosaveEvent[] = [];
    const saver = new Autosaver({
      storage: () => {
        throw securityError();
      },
      getDoc: () => start,
      tabId: 't',
      onEvent: (e) => events.push(e),
    });
    saver.flush();
    expect(events).toEqual([{ kind: 'failed', fault: 'unavailable', message: expect.stringContaining('SecurityError') }]);
  });

  it('never writes over unreadable data under the draft key: moves it to a recovered key first', () => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, '{"garbage":');
    const { saver, events } = setup(storage);
    saver.flush();
    const recovered = events.find((e) => e.kind === 'recovered');
    expect(recovered).toBeDefined();
    const key = recovered!.kind === 'recovered' ? recovered!.key : '';
    expect(key.startsWith(RECOVERED_PREFIX)).toBe(true);
    expect(storage.getItem(key)).toBe('{"garbage":');
    expect(readEnvelope(storage.getItem(DRAFT_KEY)!).ok).toBe(true);
  });

  it('does not write at all when unreadable data cannot be moved aside (storage full)', () => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, 'not json');
    storage.failWrites = quotaError;
    const { saver, events } = setup(storage);
    saver.flush();
    expect(storage.getItem(DRAFT_KEY)).toBe('not json');
    expect(events).toEqual([expect.objectContaining({ kind: 'failed', fault: 'quota' })]);
  });
});
