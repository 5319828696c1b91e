import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadImportFront } from '../../io/importLazy';
import { serializeModel } from '../../io/serialize';
import { blankModel } from '../../model/blank';
import { moveNodes } from '../../model/edits';
import type { TheoryModel } from '../../model/types';
import { history, useAppStore } from '../appStore';
import { Autosaver } from './autosaver';
import { startAutosave, type AutosaveBinding } from './bind';
import type { TextDownload } from './download';
import { readEnvelope } from './envelope';
import { DRAFT_KEY } from './keys';
import { requestPersistence } from './persist';
import { FaultyStorage, quotaError, SharedStorage } from './testing/fakes';

const start: TheoryModel = { ...blankModel('模型', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: 'A', position: { x: 0, y: 0 } }] };
const moveTo = (x: number) => useAppStore.getState().edit((d) => moveNodes(d, new Map([['a', { x, y: 0 }]])));
const notices = () => useAppStore.getState().notices;
const noticeWith = (action: string) => notices().find((n) => n.actions?.some((a) => a.label === action));
/** What the notice's button does (Notices.tsx): close the notice unless `keepOpen`, then run. */
function press(label: string) {
  const notice = noticeWith(label)!;
  const action = notice.actions!.find((a) => a.label === label)!;
  if (!action.keepOpen) useAppStore.getState().dismissNotice(notice.id);
  action.run();
}

// The import path's front door is loaded as the app starts (app/startup.ts); here, before the tests.
beforeAll(() => loadImportFront());

/** Lets pending promise callbacks run (no timers: this file's clock is fake). */
async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** A stand-in for `document`: an event target with a visibility state. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  hide() {
    this.visibilityState = 'hidden';
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

let binding: AutosaveBinding | null = null;
let win: EventTarget;
let doc: FakeDocument;
let downloads: TextDownload[];

function bind(storage: Parameters<typeof startAutosave>[0]['storage'], tabId = 'me') {
  binding = startAutosave({ storage, tabId, win, doc, download: (f) => downloads.push(f) });
  return binding;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-02-02T00:00:00Z') });
  useAppStore.setState({ doc: start, notices: [], uiLang: 'en' });
  history().clear();
  win = new EventTarget();
  doc = new FakeDocument();
  downloads = [];
});
afterEach(() => {
  binding?.stop();
  binding = null;
  vi.useRealTimers();
});

describe('autosave in the app', () => {
  it('every document change is written after the debounce; view changes are not', () => {
    const storage = new FaultyStorage();
    bind(() => storage);
    useAppStore.getState().setSelection({ nodes: new Set(['a']), edges: new Set() });
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(0);
    moveTo(50);
    vi.advanceTimersByTime(300);
    expect(storage.writes).toBe(1);
    const read = readEnvelope(storage.getItem(DRAFT_KEY)!);
    expect(read.ok && read.envelope.data).toBe(serializeModel(useAppStore.getState().doc));
  });

  it('flushes at once when the page is hidden, on pagehide and on beforeunload', () => {
    const storage = new FaultyStorage();
    bind(() => storage);
    moveTo(1);
    doc.hide();
    expect(storage.writes).toBe(1);
    moveTo(2);
    win.dispatchEvent(new Event('pagehide'));
    expect(storage.writes).toBe(2);
    moveTo(3);
    win.dispatchEvent(new Event('beforeunload'));
    expect(storage.writes).toBe(3);
  });

  it('storage full: a visible warning with a backup download; the document stays; a later write clears it', () => {
    const storage = new FaultyStorage();
    storage.failWrites = quotaError;
    bind(() => storage);
    moveTo(70);
    const inMemory = useAppStore.getState().doc;
    vi.advanceTimersByTime(300);
    const warning = noticeWith('Download backup');
    expect(warning).toMatchObject({ tone: 'warning', text: expect.stringContaining('storage for this site is full') });
    expect(useAppStore.getState().doc).toBe(inMemory);

    press('Download backup');
    expect(downloads).toEqual([{ fileName: '模型.json', text: serializeModel(inMemory) }]);
    expect(noticeWith('Download backup')).toBeDefined(); // the backup button does not close the warning

    moveTo(80); // still full: retried, still one warning
    vi.advanceTimersByTime(300);
    expect(notices().filter((n) => n.tone === 'warning')).toHaveLength(1);

    storage.failWrites = null;
    moveTo(90);
    vi.advanceTimersByTime(300);
    expect(noticeWith('Download backup')).toBeUndefined();
    const read = readEnvelope(storage.getItem(DRAFT_KEY)!);
    expect(read.ok && read.envelope.data).toBe(serializeModel(useAppStore.getState().doc));
  });

  it('storage unavailable: says the work stays in this tab only', () => {
    bind(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    moveTo(5);
    vi.advanceTimersByTime(300);
    expect(noticeWith('Download backup')?.text).toMatch(/does not let the app save/);
  });

  it('another tab saves newer work: notice; "Load the newer version" is one undoable replace', async () => {
    const shared = new SharedStorage();
    const mine = shared.tab('me', (key, value) => win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value })));
    const { autosaver } = bind(() => mine);
    autosaver.flush(); // revision 1, ours
    const theirs = moveNodes(start, new Map([['a', { x: 999, y: 0 }]]));
    const other = new Autosaver({ storage: () => shared.tab('other', () => {}), getDoc: () => theirs, tabId: 'other', onEvent: () => {} });
    other.adopt(start, 1);
    other.flush(); // revision 2 by the other tab → storage event here

    expect(noticeWith('Load the newer version')?.text).toBe('This model was changed in another tab. This tab has stopped saving so that it does not overwrite the newer work.');
    moveTo(5); // this tab keeps editing: nothing is written over their work
    vi.advanceTimersByTime(1000);
    expect(shared.getItem(DRAFT_KEY)).toContain('"tabId":"other"');

    const before = useAppStore.getState().doc;
    press('Load the newer version');
    await settle(); // the draft is read through the import path's (async) front door
    expect(serializeModel(useAppStore.getState().doc)).toBe(serializeModel(theirs));
    expect(notices().some((n) => n.text.startsWith('Opened the newer version from the other tab'))).toBe(true);
    history().undo();
    expect(useAppStore.getState().doc).toBe(before);
    // Loading resumed saving: the undo is saved as revision 3 by this tab.
    vi.advanceTimersByTime(300);
    expect(shared.getItem(DRAFT_KEY)).toMatch(/"revision":3,"tabId":"me"/);
  });

  it('"Keep mine and save here" writes this tab’s document over theirs, deliberately', () => {
    const shared = new SharedStorage();
    const mine = shared.tab('me', (key, value) => win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value })));
    const { autosaver } = bind(() => mine);
    autosaver.flush();
    const other = new Autosaver({ storage: () => shared.tab('other', () => {}), getDoc: () => blankModel('theirs'), tabId: 'other', onEvent: () => {} });
    other.adopt(start, 1);
    other.flush();
    press('Keep mine and save here');
    expect(noticeWith('Load the newer version')).toBeUndefined();
    const read = readEnvelope(shared.getItem(DRAFT_KEY)!);
    expect(read.ok && read.envelope).toMatchObject({ revision: 3, tabId: 'me', data: serializeModel(useAppStore.getState().doc) });
  });
});

describe('persistent storage (issue 17, defect 9)', () => {
  it('asks navigator.storage.persist() once and names its answer in the storage warning', async () => {
    const calls: string[] = [];
    const granted = requestPersistence({ persisted: async () => (calls.push('persisted'), false), persist: async () => (calls.push('persist'), true) });
    expect(granted.outcome()).toBe('pending');
    expect(await granted.ready).toBe('granted');
    expect(calls).toEqual(['persisted', 'persist']);
    expect(await requestPersistence({ persist: async () => false }).ready).toBe('denied');
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) }).ready).toBe('denied');
    expect(await requestPersistence(undefined).ready).toBe('unsupported');
    expect(await requestPersistence({}).ready).toBe('unsupported');

    const storage = new FaultyStorage();
    storage.failWrites = quotaError;
    const denied = requestPersistence({ persist: async () => false });
    await denied.ready;
    binding = startAutosave({ storage: () => storage, tabId: 'me', win, doc, download: (f) => downloads.push(f), persistence: denied });
    moveTo(70);
    vi.advanceTimersByTime(300);
    expect(noticeWith('Download backup')?.details?.[0]).toMatch(/did not grant persistent storage/);
  });

  it('a granted answer is shown as such (in Chinese too)', async () => {
    useAppStore.setState({ uiLang: 'zh' });
    const granted = requestPersistence({ persist: async () => true });
    await granted.ready;
    binding = startAutosave({ storage: () => { throw new DOMException('denied', 'SecurityError'); }, tabId: 'me', win, doc, download: () => {}, persistence: granted });
    moveTo(5);
    vi.advanceTimersByTime(300);
    expect(notices().find((n) => n.tone === 'warning')?.details?.[0]).toMatch(/持久存储/);
  });
});
