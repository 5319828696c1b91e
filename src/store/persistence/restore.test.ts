import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/message';
import { serializeModel } from '../../io/serialize';
import { blankModel } from '../../model/blank';
import { FORMAT_VERSION, type TheoryModel } from '../../model/types';
import { encodeEnvelope, makeEnvelope } from './envelope';
import { DRAFT_KEY, PREVIOUS_DRAFT_KEY, RECOVERED_PREFIX } from './keys';
import { keepPreviousDraft, readPreviousDraft, readStartupDraft } from './restore';
import { FaultyStorage, quotaError, securityError } from './testing/fakes';

const NOW = Date.parse('2026-05-04T03:02:01.000Z');
const model: TheoryModel = {
  ...blankModel('草稿', new Date(0)),
  nodes: [
    { id: 'a', kind: 'actor', label: '学校', position: { x: 12.5, y: -3 }, labels: { en: 'School' } },
    { id: 'r', kind: 'resource', label: '题库', position: { x: 300, y: 40 } },
  ],
  edges: [{ id: 'e', source: 'a', target: 'r', relation: 'provides' }],
};
const envelopeText = (doc: TheoryModel, revision = 3) => encodeEnvelope(makeEnvelope(doc, revision, 'tab-x', NOW - 1000));

function withDraft(raw: string) {
  const storage = new FaultyStorage();
  storage.setItem(DRAFT_KEY, raw);
  return storage;
}

/** Every unreadable draft: start-up goes on, the data moves untouched to a recovered key. */
async function expectKeptAside(raw: string, code: string) {
  const storage = withDraft(raw);
  const result = await readStartupDraft(() => storage, NOW);
  expect(result.kind).toBe('unreadable');
  if (result.kind !== 'unreadable') return;
  expect(result.error.code).toBe(code);
  expect(result.recoveredKey).toBe(`${RECOVERED_PREFIX}2026-05-04T03:02:01.000Z`);
  expect(storage.getItem(result.recoveredKey!)).toBe(raw);
  expect(storage.getItem(DRAFT_KEY)).toBeNull();
  return { result, storage };
}

describe('readStartupDraft', () => {
  it('no draft: none', async () => {
    expect(await readStartupDraft(() => new FaultyStorage(), NOW)).toEqual({ kind: 'none' });
  });

  it('a valid draft comes back exactly (same serialized document) with its revision', async () => {
    const raw = envelopeText(model, 7);
    const result = await readStartupDraft(() => withDraft(raw), NOW);
    expect(result.kind).toBe('draft');
    if (result.kind !== 'draft') return;
    expect(serializeModel(result.model)).toBe(serializeModel(model));
    expect(result.revision).toBe(7);
    expect(result.report).toEqual([]);
    expect(result.raw).toBe(raw);
  });

  it('corrupt JSON', async () => {
    await expectKeptAside('{"app":"theory-model-editor", oops', 'not-json');
  });

  it('truncated (an interrupted write): says it is cut off', async () => {
    const raw = envelopeText(model).slice(0, 150);
    const kept = await expectKeptAside(raw, 'not-json');
    expect(kept?.result.kind === 'unreadable' && inEnglish(kept.result.error.message)).toMatch(/cut off/);
  });

  it('wrong format: JSON that is not our envelope (e.g. a bare model or another app)', async () => {
    await expectKeptAside(serializeModel(model), 'not-theory-model');
    await expectKeptAside('{"app":"someone-else","data":"{}"}', 'not-theory-model');
  });

  it('an envelope whose model is not a theory model', async () => {
    const raw = JSON.stringify({ app: 'theory-model-editor', savedAt: 'x', revision: 1, tabId: 't', data: '{"nodes": 3}' });
    await expectKeptAside(raw, 'not-theory-model');
  });

  it('a newer format version (99): refused, not down-converted, kept aside', async () => {
    const future = serializeModel(model).replace(`"version": ${FORMAT_VERSION}`, '"version": 99');
    const raw = JSON.stringify({ app: 'theory-model-editor', savedAt: 'x', revision: 4, tabId: 't', data: future });
    const kept = await expectKeptAside(raw, 'future-version');
    // The download offered is the model file itself, which a newer app can open.
    expect(kept?.result.kind === 'unreadable' && kept.result.download.text).toBe(future);
  });

  it('never overwrites an earlier recovered key from the same moment', async () => {
    const storage = withDraft('garbage one');
    await readStartupDraft(() => storage, NOW);
    storage.setItem(DRAFT_KEY, 'garbage two');
    const second = await readStartupDraft(() => storage, NOW);
    expect(second.kind === 'unreadable' && second.recoveredKey).toBe(`${RECOVERED_PREFIX}2026-05-04T03:02:01.000Z-2`);
    expect(storage.getItem(`${RECOVERED_PREFIX}2026-05-04T03:02:01.000Z`)).toBe('garbage one');
    expect(storage.getItem(`${RECOVERED_PREFIX}2026-05-04T03:02:01.000Z-2`)).toBe('garbage two');
  });

  it('storage full while moving it aside: the data stays where it was, untouched', async () => {
    const storage = withDraft('garbage');
    storage.failWrites = quotaError;
    const result = await readStartupDraft(() => storage, NOW);
    expect(result).toMatchObject({ kind: 'unreadable', recoveredKey: null });
    expect(storage.getItem(DRAFT_KEY)).toBe('garbage');
  });

  it('unreadable storage (getItem or access throws): unavailable, no exception', async () => {
    const storage = new FaultyStorage();
    storage.failReads = securityError;
    expect(await readStartupDraft(() => storage, NOW)).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('SecurityError') });
    const denied = () => {
      throw securityError();
    };
    expect((await readStartupDraft(denied, NOW)).kind).toBe('unavailable');
  });
});

describe('previous draft', () => {
  it('is kept byte for byte and read back through the import path', async () => {
    const storage = new FaultyStorage();
    const raw = envelopeText(model);
    expect(keepPreviousDraft(() => storage, raw)).toBe(true);
    expect(storage.getItem(PREVIOUS_DRAFT_KEY)).toBe(raw);
    const back = await readPreviousDraft(() => storage);
    expect(back?.ok && serializeModel(back.model)).toBe(serializeModel(model));
  });

  it('reports when it cannot be kept, and when there is none', async () => {
    const storage = new FaultyStorage();
    storage.failWrites = quotaError;
    expect(keepPreviousDraft(() => storage, 'x')).toBe(false);
    expect(await readPreviousDraft(() => storage)).toBeNull();
  });
});
