import { describe, expect, it } from 'vitest';
import { blankModel } from '../../model/blank';
import { updateNode } from '../../model/edits';
import type { TheoryModel } from '../../model/types';
import { Autosaver, type AutosaveEvent, type Clock } from './autosaver';
import { readEnvelope, type DraftHead } from './envelope';
import { APP_ID, DRAFT_KEY } from './keys';
import { decideWrite, isNewerElsewhere, takeOverFrom } from './tabs';
import { SharedStorage } from './testing/fakes';

const renameNode = (doc: TheoryModel, label: string) => updateNode(doc, 'a', (n) => ({ ...n, label }));
const head = (revision: number, tabId: string): DraftHead => ({ app: APP_ID, savedAt: '2026-01-01T00:00:00.000Z', revision, tabId });

describe('the two-tab rule (pure)', () => {
  const mine = { tabId: 'A', baseRevision: 4 };

  it('writes one above the highest known revision when nothing newer is stored', () => {
    expect(decideWrite(null, mine)).toEqual({ kind: 'write', revision: 5 });
    expect(decideWrite(head(4, 'B'), mine)).toEqual({ kind: 'write', revision: 5 });
    expect(decideWrite(head(2, 'B'), mine)).toEqual({ kind: 'write', revision: 5 });
    // Its own last write is never a conflict.
    expect(decideWrite(head(9, 'A'), mine)).toEqual({ kind: 'write', revision: 10 });
  });

  it('refuses when another tab stored a newer revision than this tab has seen', () => {
    expect(decideWrite(head(5, 'B'), mine)).toEqual({ kind: 'conflict', theirs: head(5, 'B') });
    expect(isNewerElsewhere(head(5, 'B'), mine)).toBe(true);
    expect(isNewerElsewhere(head(5, 'A'), mine)).toBe(false);
    expect(isNewerElsewhere(head(4, 'B'), mine)).toBe(false);
  });

  it('after taking over, this tab writes above their revision', () => {
    const after = takeOverFrom(head(8, 'B'), mine);
    expect(after).toEqual({ tabId: 'A', baseRevision: 8 });
    expect(decideWrite(head(8, 'B'), after)).toEqual({ kind: 'write', revision: 9 });
  });
});

/** A simulated browser tab: its own document and autosaver on the shared storage. */
function tab(name: string, shared: SharedStorage, clock: Clock, initial: TheoryModel) {
  let doc = initial;
  const events: AutosaveEvent[] = [];
  let saver: Autosaver | null = null;
  const storage = shared.tab(name, (key, value) => saver?.storageEvent(key, value));
  saver = new Autosaver({ storage: () => storage, getDoc: () => doc, tabId: name, clock, onEvent: (e) => events.push(e) });
  return {
    saver,
    events,
    edit(change: (d: TheoryModel) => TheoryModel) {
      doc = change(doc);
      saver!.changed();
    },
    setDoc(next: TheoryModel) {
      doc = next;
    },
    get doc() {
      return doc;
    },
  };
}

/** Timers run by hand: `tick()` fires everything due. */
function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = next++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const tick = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now);
    timers = timers.filter((t) => t.at > now);
    due.forEach((t) => t.run());
  };
  return { clock, tick };
}

const storedDraft = (shared: SharedStorage) => {
  const read = readEnvelope(shared.getItem(DRAFT_KEY)!);
  if (!read.ok) throw new Error('draft unreadable');
  return read.envelope;
};

describe('two tabs sharing one storage', () => {
  const base: TheoryModel = { ...blankModel('m', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] };

  function twoTabs() {
    const shared = new SharedStorage();
    const { clock, tick } = manualClock();
    const a = tab('A', shared, clock, base);
    a.saver.flush(); // tab A saved the model first (revision 1)
    const b = tab('B', shared, clock, base);
    b.saver.adopt(base, 1); // tab B restored that draft
    a.saver.adopt(a.doc, 1);
    return { shared, tick, a, b };
  }

  it('the older tab stops writing as soon as the other tab saves newer work, and says so', () => {
    const { shared, tick, a, b } = twoTabs();
    b.edit((d) => renameNode(d, 'B’s work'));
    tick(300);
    expect(storedDraft(shared)).toMatchObject({ revision: 2, tabId: 'B' });
    expect(a.events.at(-1)).toMatchObject({ kind: 'conflict', theirs: { revision: 2, tabId: 'B' } });
    expect(a.saver.mode).toBe('conflict');

    a.edit((d) => renameNode(d, 'A’s older edit'));
    tick(300);
    a.saver.flush(); // even hiding the page does not write
    expect(storedDraft(shared)).toMatchObject({ revision: 2, tabId: 'B' });
    expect(storedDraft(shared).data).toContain('B’s work');
  });

  it('a tab that missed the event still refuses: it checks the stored revision before each write', () => {
    const shared = new SharedStorage();
    const { clock, tick } = manualClock();
    const a = tab('A', shared, clock, base);
    a.saver.flush();
    // Tab B writes without A hearing of it (an event lost or not yet delivered).
    const deaf = new Autosaver({ storage: () => shared, getDoc: () => renameNode(base, 'B'), tabId: 'B', clock, onEvent: () => {} });
    deaf.adopt(base, 1);
    deaf.flush();
    a.edit((d) => renameNode(d, 'A'));
    tick(300);
    expect(a.events.at(-1)).toMatchObject({ kind: 'conflict' });
    expect(storedDraft(shared).tabId).toBe('B');
  });

  it('"Keep mine and save here" takes over; then the other tab is the one that stops', () => {
    const { shared, tick, a, b } = twoTabs();
    b.edit((d) => renameNode(d, 'B'));
    tick(300);
    a.edit((d) => renameNode(d, 'A keeps this'));
    a.saver.takeOver();
    expect(a.saver.mode).toBe('saving');
    expect(storedDraft(shared)).toMatchObject({ revision: 3, tabId: 'A' });
    expect(storedDraft(shared).data).toContain('A keeps this');
    expect(b.events.at(-1)).toMatchObject({ kind: 'conflict', theirs: { revision: 3, tabId: 'A' } });
    b.edit((d) => renameNode(d, 'B again'));
    tick(300);
    expect(storedDraft(shared).data).toContain('A keeps this');
  });

  it('"Load the newer version" (adopt) resumes saving above their revision', () => {
    const { shared, tick, a, b } = twoTabs();
    b.edit((d) => renameNode(d, 'B'));
    tick(300);
    a.setDoc(b.doc); // what loading the newer version does to the document
    a.saver.adopt(b.doc, 2);
    a.saver.flush();
    expect(storedDraft(shared)).toMatchObject({ revision: 2, tabId: 'B' }); // nothing new to write
    a.edit((d) => renameNode(d, 'A continues'));
    tick(300);
    expect(storedDraft(shared)).toMatchObject({ revision: 3, tabId: 'A' });
  });

  it('two tabs taking turns without overlap never conflict', () => {
    const { shared, tick, a, b } = twoTabs();
    a.edit((d) => renameNode(d, 'A1'));
    tick(300);
    // B hears of revision 2 and reloads it, like a user who loads the newer version.
    expect(b.events.at(-1)).toMatchObject({ kind: 'conflict' });
    b.setDoc(a.doc);
    b.saver.adopt(a.doc, 2);
    b.edit((d) => renameNode(d, 'B1'));
    tick(300);
    expect(storedDraft(shared)).toMatchObject({ revision: 3, tabId: 'B' });
  });
});
