import { describe, expect, it } from 'vitest';
import { validModel } from '../../io/testing/fixtures';
import { encodeEnvelope, makeEnvelope } from '../persistence/envelope';
import { DRAFT_KEY, RECOVERED_PREFIX } from '../persistence/keys';
import { MemoryBackend } from './backend';
import { Library } from './library';
import { MIGRATED_DRAFT_ID, migrateLocalStorage, snapshotLocalStorage, type KeyedStorage } from './migrate';

function storageOf(items: Record<string, string>): KeyedStorage {
  const keys = Object.keys(items);
  return { length: keys.length, key: (i) => keys[i] ?? null, getItem: (k) => items[k] ?? null };
}

describe('migrating the localStorage draft into the library', () => {
  it('copies the draft byte for byte and each recovered key aside, once', async () => {
    // Hand-made spacing: the migration must not re-serialize it.
    const modelText = JSON.stringify(validModel(), null, 3);
    const draft = encodeEnvelope({ ...makeEnvelope(validModel(), 7, 'tab', Date.UTC(2025, 5, 1)), data: modelText });
    const recovered = '{"broken": tru';
    const storage = storageOf({ [DRAFT_KEY]: draft, [`${RECOVERED_PREFIX}2025-01-01T00:00:00.000Z`]: recovered, other: 'x' });
    const library = new Library(new MemoryBackend());
    const done = await migrateLocalStorage(library, snapshotLocalStorage(() => storage), 'Untitled');
    expect(done.kind).toBe('migrated');
    const record = (await library.list())[0];
    expect(record.id).toBe(MIGRATED_DRAFT_ID);
    expect(record.data).toBe(modelText);
    const aside = await library.aside();
    expect(aside.map((a) => a.raw)).toEqual([recovered]);
    expect((await migrateLocalStorage(library, snapshotLocalStorage(() => storage), 'Untitled')).kind).toBe('done-before');
  });

  it('an unreadable draft goes aside as the exact stored text', async () => {
    const library = new Library(new MemoryBackend());
    await migrateLocalStorage(library, { draft: 'not json', recovered: [] }, 'Untitled');
    expect(await library.list()).toEqual([]);
    expect((await library.aside()).map((a) => a.raw)).toEqual(['not json']);
  });

  it('a storage that throws gives an empty snapshot, not a crash', () => {
    expect(
      snapshotLocalStorage(() => {
        throw new Error('SecurityError');
      }),
    ).toEqual({ draft: null, recovered: [] });
  });
});
