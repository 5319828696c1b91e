import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { DEFAULT_EXAMPLE, loadExampleText } from '../io/examples';
import { importModel } from '../io/importModel';
import { serializeModel } from '../io/serialize';
import { blankModel } from '../model/blank';
import { FORMAT_VERSION, type TheoryModel } from '../model/types';
import { history, useAppStore } from '../store/appStore';
import type { Clock } from '../store/persistence/autosaver';
import type { AutosaveBinding } from '../store/persistence/bind';
import type { TextDownload } from '../store/persistence/download';
import { encodeEnvelope, makeEnvelope, readEnvelope } from '../store/persistence/envelope';
import { DRAFT_KEY, PREVIOUS_DRAFT_KEY, RECOVERED_PREFIX } from '../store/persistence/keys';
import { FaultyStorage, quotaError, securityError } from '../store/persistence/testing/fakes';
import { startUp } from './startup';

const NOW = Date.parse('2026-06-01T08:00:00.000Z');
const clock: Clock = { now: () => NOW, setTimeout: () => 0, clearTimeout: () => {} };
const draftModel: TheoryModel = {
  ...blankModel('我的草稿', new Date(0)),
  nodes: [{ id: 'a', kind: 'actor', label: '学校', position: { x: 123, y: 456 } }],
};
const draftText = (doc = draftModel, revision = 5) => encodeEnvelope(makeEnvelope(doc, revision, 'old-tab', NOW - 60_000));

async function example(name: string) {
  const result = importModel(await loadExampleText(name), { source: 'file' });
  if (!result.ok) throw new Error(inEnglish(result.error.message));
  return serializeModel(result.model);
}

let binding: AutosaveBinding | null = null;
let downloads: TextDownload[] = [];
let searches: string[] = [];

async function boot(storage: FaultyStorage | (() => never), search = '?lang=en') {
  binding = await startUp({ search }, ['en'], {
    storage: typeof storage === 'function' ? storage : () => storage,
    clock,
    tabId: 'new-tab',
    win: new EventTarget(),
    doc: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }),
    download: (f) => downloads.push(f),
    replaceSearch: (s) => searches.push(s),
  });
}
const current = () => serializeModel(useAppStore.getState().doc);
const stored = (storage: FaultyStorage) => {
  const read = readEnvelope(storage.getItem(DRAFT_KEY)!);
  if (!read.ok) throw new Error(inEnglish(read.error.message));
  return read.envelope;
};
const notice = (tone: string) => useAppStore.getState().notices.find((n) => n.tone === tone);
function press(label: string) {
  const n = useAppStore.getState().notices.find((x) => x.actions?.some((a) => a.label === label))!;
  const action = n.actions!.find((a) => a.label === label)!;
  if (!action.keepOpen) useAppStore.getState().dismissNotice(n.id);
  action.run();
}

beforeEach(() => {
  useAppStore.setState({ doc: blankModel(), notices: [] });
  history().clear();
  downloads = [];
  searches = [];
});
afterEach(() => {
  binding?.stop();
  binding = null;
});

describe('start-up order', () => {
  it('no draft: Figure 2, saved at once as the first draft, history empty', async () => {
    const storage = new FaultyStorage();
    await boot(storage);
    expect(current()).toBe(await example(DEFAULT_EXAMPLE));
    expect(history().pastStates).toHaveLength(0);
    expect(stored(storage)).toMatchObject({ revision: 1, tabId: 'new-tab', data: current() });
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('a draft: restored exactly, nothing rewritten, history empty', async () => {
    const storage = new FaultyStorage();
    const raw = draftText();
    storage.setItem(DRAFT_KEY, raw);
    await boot(storage);
    expect(current()).toBe(serializeModel(draftModel));
    expect(storage.getItem(DRAFT_KEY)).toBe(raw);
    expect(history().pastStates).toHaveLength(0);
    expect(binding!.autosaver.baseRevision).toBe(5);
  });

  it('?example= wins over a draft, keeps the draft as "previous" and offers to restore it (undoably)', async () => {
    const storage = new FaultyStorage();
    const raw = draftText();
    storage.setItem(DRAFT_KEY, raw);
    await boot(storage, '?example=figure-1&lang=en');
    const figure1 = await example('figure-1');
    expect(current()).toBe(figure1);
    expect(searches).toEqual(['?lang=en']); // a reload now shows the draft, not the example again
    expect(storage.getItem(PREVIOUS_DRAFT_KEY)).toBe(raw);
    expect(stored(storage)).toMatchObject({ revision: 6, tabId: 'new-tab', data: figure1 });
    expect(notice('info')?.text).toMatch(/^Opened “.+”\. Your previous draft was kept\.$/);

    press('Restore it');
    expect(current()).toBe(serializeModel(draftModel));
    history().undo();
    expect(current()).toBe(figure1);
  });

  it('?example= when the draft cannot be kept (storage full): warns, and writes nothing yet', async () => {
    const storage = new FaultyStorage();
    const raw = draftText();
    storage.setItem(DRAFT_KEY, raw);
    storage.failWrites = quotaError;
    await boot(storage, '?example=figure-1');
    expect(storage.getItem(DRAFT_KEY)).toBe(raw);
    expect(notice('warning')?.text).toMatch(/could not be kept separately/);
    press('Download previous draft');
    expect(downloads).toEqual([{ fileName: '我的草稿.json', text: serializeModel(draftModel) }]);
  });

  it('an unknown ?example= says so and restores the draft', async () => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, draftText());
    await boot(storage, '?example=nope');
    expect(notice('warning')?.text).toContain('nope');
    expect(current()).toBe(serializeModel(draftModel));
    expect(searches).toEqual(['']);
  });

  const unreadable: [string, string, RegExp][] = [
    ['corrupt JSON', 'this is not json at all', /not valid JSON/],
    ['a truncated draft', draftText().slice(0, 120), /cut off/],
    ['the wrong format', '{"hello":"world"}', /not in the draft format/],
    ['a newer format version (99)', draftText(draftModel).replace(`\\"version\\": ${FORMAT_VERSION}`, '\\"version\\": 99'), /format version 99/],
  ];
  it.each(unreadable)('%s: starts with Figure 2 and an alert, keeps the data under a recovered key, offers it as a download', async (_name, raw, why) => {
    const storage = new FaultyStorage();
    storage.setItem(DRAFT_KEY, raw);
    await boot(storage);
    expect(current()).toBe(await example(DEFAULT_EXAMPLE));
    const alert = notice('error');
    expect(alert?.text).toMatch(/^Your saved draft could not be read, so “.+” was opened instead\./);
    const key = `${RECOVERED_PREFIX}2026-06-01T08:00:00.000Z`;
    expect(alert?.details).toContain(key);
    expect(alert?.details?.[0]).toMatch(why);
    expect(storage.getItem(key)).toBe(raw);
    press('Download the unreadable draft');
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toMatch(/^theory-model-unreadable-draft-.*\.json$/);
    // The new draft (Figure 2) was written beside it, not over it.
    expect(stored(storage).data).toBe(current());
  });

  it('unreadable storage: starts with Figure 2 and a warning with a backup download', async () => {
    const storage = new FaultyStorage();
    storage.failReads = securityError;
    await boot(storage);
    expect(current()).toBe(await example(DEFAULT_EXAMPLE));
    expect(notice('warning')?.text).toMatch(/does not let the app save/);
    press('Download backup');
    expect(downloads[0].text).toBe(current());
  });

  it('storage that throws on access at all: same', async () => {
    await boot(() => {
      throw securityError();
    });
    expect(current()).toBe(await example(DEFAULT_EXAMPLE));
    expect(notice('warning')?.actions?.[0].label).toBe('Download backup');
  });
});
