/** A draft whose last opening stalled or was slow is not reopened automatically (issue 17). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeModel } from '../io/serialize';
import { blankModel } from '../model/blank';
import type { TheoryModel } from '../model/types';
import { history, useAppStore } from '../store/appStore';
import type { Clock } from '../store/persistence/autosaver';
import type { AutosaveBinding } from '../store/persistence/bind';
import type { TextDownload } from '../store/persistence/download';
import { encodeEnvelope, makeEnvelope } from '../store/persistence/envelope';
import { DRAFT_KEY, PREVIOUS_DRAFT_KEY } from '../store/persistence/keys';
import { LOAD_GUARD_KEY, SLOW_DRAFT_MS } from '../store/persistence/loadGuard';
import { FaultyStorage } from '../store/persistence/testing/fakes';
import { startUp } from './startup';

let now = Date.parse('2026-06-01T08:00:00.000Z');
const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
const draft: TheoryModel = { ...blankModel('我的草稿', new Date(0)), nodes: [{ id: 'a', kind: 'actor', label: '学校', position: { x: 1, y: 2 } }] };
const raw = encodeEnvelope(makeEnvelope(draft, 4, 'old-tab', now - 1000));

let binding: AutosaveBinding | null = null;
let downloads: TextDownload[] = [];
let painted: (() => void)[] = [];

async function boot(storage: FaultyStorage) {
  binding = await startUp({ search: '?lang=en' }, ['en'], {
    storage: () => storage,
    clock,
    tabId: 'tab',
    win: new EventTarget(),
    doc: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }),
    download: (f) => downloads.push(f),
    replaceSearch: () => {},
    afterPaint: (run) => painted.push(run),
  });
}
const current = () => serializeModel(useAppStore.getState().doc);
const warning = () => useAppStore.getState().notices.find((n) => n.tone === 'warning');
const press = (label: string) => warning()!.actions!.find((a) => a.label === label)!.run();

beforeEach(() => {
  useAppStore.setState({ doc: blankModel(), notices: [], uiLang: 'en' });
  history().clear();
  downloads = [];
  painted = [];
});
afterEach(() => {
  binding?.stop();
  binding = null;
});

describe('draft load guard', () => {
  it('a quick opening leaves no marker; the next start opens the draft as usual', async () => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, raw);
    await boot(storage);
    expect(current()).toBe(serializeModel(draft));
    expect(storage.getItem(LOAD_GUARD_KEY)).not.toBeNull(); // until it has painted
    now += 200;
    painted.forEach((run) => run());
    expect(storage.getItem(LOAD_GUARD_KEY)).toBeNull();
  });

  it('an opening that never finished (tab froze or closed): Figure 2 opens, the draft is kept and offered', async () => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, raw);
    await boot(storage); // the marker is written…
    binding?.stop(); // …and the tab dies before painting
    binding = null;
    useAppStore.setState({ notices: [] });
    await boot(storage);
    expect(useAppStore.getState().doc.meta.title).toContain('1+X');
    expect(warning()?.text).toMatch(/not opened automatically: last time, the page stopped responding/);
    expect(storage.getItem(DRAFT_KEY)).toBe(raw);
    expect(storage.getItem(PREVIOUS_DRAFT_KEY)).toBe(raw);
    expect(storage.getItem(LOAD_GUARD_KEY)).toBeNull();
    press('Download the draft');
    expect(downloads[0].text).toBe(serializeModel(draft));
    press('Open the draft anyway');
    await vi.waitFor(() => expect(current()).toBe(serializeModel(draft)), { timeout: 15_000 });
    history().undo(); // one undoable step
    expect(useAppStore.getState().doc.meta.title).toContain('1+X');
  });

  it('a slow opening (over 3 s to paint) is held next time too, naming the seconds', async () => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, raw);
    await boot(storage);
    now += SLOW_DRAFT_MS + 4_000;
    painted.forEach((run) => run());
    binding?.stop();
    binding = null;
    useAppStore.setState({ notices: [] });
    await boot(storage);
    expect(warning()?.text).toMatch(/last time it took 7 s to open/);
    expect(storage.getItem(DRAFT_KEY)).toBe(raw);
  });
});
