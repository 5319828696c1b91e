/** Start-up with a share link (issue 6): the link wins over the draft, and the draft is not lost. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeModel } from '../io/link';
import { serializeModel } from '../io/serialize';
import { blankModel } from '../model/blank';
import { smallModel } from '../model/testing/editFixtures';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from '../store/appStore';
import type { Clock } from '../store/persistence/autosaver';
import type { AutosaveBinding } from '../store/persistence/bind';
import { encodeEnvelope, makeEnvelope } from '../store/persistence/envelope';
import { DRAFT_KEY, PREVIOUS_DRAFT_KEY } from '../store/persistence/keys';
import { FaultyStorage } from '../store/persistence/testing/fakes';
import { startUp } from './startup';

const NOW = Date.parse('2026-06-01T08:00:00.000Z');
const clock: Clock = { now: () => NOW, setTimeout: () => 0, clearTimeout: () => {} };
const draft: TheoryModel = { ...blankModel('我的草稿', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: '学校', position: { x: 1, y: 2 } }] };
const shared: TheoryModel = { ...smallModel(), meta: { title: '分享的模型', language: 'zh-CN' } };

let binding: AutosaveBinding | null = null;
let hashes: string[] = [];

async function boot(storage: FaultyStorage, hash: string) {
  binding = await startUp({ search: '?lang=en', hash }, ['en'], {
    storage: () => storage,
    clock,
    tabId: 'new-tab',
    win: new EventTarget(),
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
