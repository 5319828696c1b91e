/** Start-up with a share link (issue 6): the link wins over the draft, and the draft is not lost. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeModel } from '../io/link';
import { serializeModel } from '../io/serialize';
import { blankModel } from '../model/blank';
import { smallModel } from '../model/testing/editFixtures';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from '../store/appStore';
import type { Clock } from '../store/persistence/autosaver';
import type { AutosaveBinding } from '../store/persistence/bind';
import { encodeEnvelope, makeEnvelope, readEnvelope } from '../store/persistence/envelope';
import { DRAFT_KEY, PREVIOUS_DRAFT_KEY } from '../store/persistence/keys';
import { FaultyStorage } from '../store/persistence/testing/fakes';
import { startUp } from './startup';

const NOW = Date.parse('2026-06-01T08:00:00.000Z');
const clock: Clock = { now: () => NOW, setTimeout: () => 0, clearTimeout: () => {} };
const draft: TheoryModel = { ...blankModel('我的草稿', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: '学校', position: { x: 1, y: 2 } }] };
const shared: TheoryModel = { ...smallModel(), meta: { title: '分享的模型', language: 'zh-CN' } };

let binding: AutosaveBinding | null = null;
let hashes: string[] = [];
let win = new EventTarget();
let addressHash = '';

async function boot(storage: FaultyStorage, hash: string) {
  binding = await startUp({ search: '?lang=en', hash }, ['en'], {
    storage: () => storage,
    clock,
    tabId: 'new-tab',
    win,
    readHash: () => addressHash,
    doc: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }),
    download: () => {},
    replaceSearch: () => {},
    replaceHash: (h) => hashes.push(h),
  });
}
const current = () => serializeModel(useAppStore.getState().doc);

beforeEach(() => {
  useAppStore.setState({ doc: blankModel(), notices: [] });
  history().clear();
  hashes = [];
  win = new EventTarget();
  addressHash = '';
});
afterEach(() => {
  binding?.stop();
  binding = null;
});

describe('start-up with #model=', () => {
  it('opens the shared model over the draft as one undoable step, keeps the draft, clears the fragment', async () => {
    const storage = new FaultyStorage();
    const raw = encodeEnvelope(makeEnvelope(draft, 3, 'old-tab', NOW - 1000));
    storage.setItem(DRAFT_KEY, raw);
    await boot(storage, `#model=${encodeModel(shared)}`);
    expect(current()).toBe(serializeModel(shared));
    expect(hashes).toEqual(['']);
    expect(storage.getItem(PREVIOUS_DRAFT_KEY)).toBe(raw);
    expect(useAppStore.getState().notices.some((n) => n.text.includes('分享的模型'))).toBe(true);
    history().undo();
    expect(current()).toBe(serializeModel(draft));
  });

  it('without a draft opens the shared model over Figure 2, undoably', async () => {
    await boot(new FaultyStorage(), `#model=${encodeModel(shared)}`);
    expect(current()).toBe(serializeModel(shared));
    history().undo();
    expect(useAppStore.getState().doc.meta.title).toContain('1+X');
  });

  it('a tampered link is an alert; the draft opens as usual and nothing else changes', async () => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, encodeEnvelope(makeEnvelope(draft, 3, 'old-tab', NOW - 1000)));
    await boot(storage, '#model=NoWayThisIsAModel');
    expect(current()).toBe(serializeModel(draft));
    expect(useAppStore.getState().notices.find((n) => n.tone === 'error')?.text).toMatch(/shared link could not be opened/);
    expect(history().pastStates).toHaveLength(0);
    expect(storage.getItem(PREVIOUS_DRAFT_KEY)).toBeNull();
  });
});

describe('a #model= link pasted into a running tab (issue 17, defect 6)', () => {
  const paste = (hash: string) => {
    addressHash = hash;
    win.dispatchEvent(new Event('hashchange'));
  };

  it('opens it as one undoable step; the draft is written first and kept as the previous draft', async () => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, encodeEnvelope(makeEnvelope(draft, 3, 'old-tab', NOW - 1000)));
    await boot(storage, '');
    // An edit not yet written by the debounce (this clock never fires timers).
    useAppStore.getState().edit((d) => ({ ...d, meta: { ...d.meta, title: '改过的草稿' } }));
    const edited = current();
    const steps = history().pastStates.length;
    paste(`#model=${encodeModel(shared)}`);
    // The link's reader (lz-string, the full import path) loads on the first link.
    await vi.waitFor(() => expect(current()).toBe(serializeModel(shared)), { timeout: 15_000 });
    expect(hashes).toEqual(['']);
    expect(history().pastStates).toHaveLength(steps + 1);
    const previous = readEnvelope(storage.getItem(PREVIOUS_DRAFT_KEY)!);
    expect(previous.ok && previous.envelope.data).toBe(edited);
    history().undo();
    expect(current()).toBe(edited);
  });

  it('a damaged pasted link is an alert and changes nothing; other fragments are ignored', async () => {
    await boot(new FaultyStorage(), '');
    const before = useAppStore.getState().doc;
    paste('#section-2');
    expect(useAppStore.getState().doc).toBe(before);
    expect(useAppStore.getState().notices.filter((n) => n.tone === 'error')).toHaveLength(0);
    paste('#model=NoWayThisIsAModel');
    await vi.waitFor(() => expect(useAppStore.getState().notices.find((n) => n.tone === 'error')?.text).toMatch(/shared link could not be opened/), { timeout: 15_000 });
    expect(useAppStore.getState().doc).toBe(before);
  });

  it('stops listening when the binding stops', async () => {
    await boot(new FaultyStorage(), '');
    const before = useAppStore.getState().doc;
    binding?.stop();
    binding = null;
    paste(`#model=${encodeModel(shared)}`);
    expect(useAppStore.getState().doc).toBe(before);
  });
});
