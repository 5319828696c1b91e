/**
 * First start with the library (issue 16): the localStorage draft and every recovered key are
 * copied into IndexedDB, byte for byte, in ONE transaction together with the "done" mark, so an
 * interrupted migration is simply done again (the ids are fixed, a repeat overwrites itself).
 * localStorage is left as it was: the draft stays the autosave's working copy (bind.ts), and the
 * recovered keys are never deleted by the app (recover.ts).
 *  - a readable draft becomes a model record whose `data` is the envelope's model text unchanged;
 *  - an unreadable draft, and each recovered key, go to the aside store as the exact stored text.
 */
import { inEnglish } from '../../i18n/message';
import { importModel } from '../../io/importModel';
import { readEnvelope } from '../persistence/envelope';
import { DRAFT_KEY } from '../persistence/keys';
import type { Put } from './backend';
import type { Library } from './library';
import type { AsideRecord, ModelRecord } from './records';
import type { StorageSnapshot } from './snapshot';

export { snapshotLocalStorage, type KeyedStorage, type StorageSnapshot } from './snapshot';

export const MIGRATED_META = 'localStorageMigrated';
export const MIGRATED_DRAFT_ID = 'migrated-draft';

export type Migration = { kind: 'done-before' } | { kind: 'migrated'; draft: ModelRecord | null; aside: number };

export async function migrateLocalStorage(library: Library, snapshot: StorageSnapshot, untitled: string): Promise<Migration> {
  if ((await library.meta(MIGRATED_META)) !== null) return { kind: 'done-before' };
  const at = new Date().toISOString();
  const puts: Put[] = [];
  let draft: ModelRecord | null = null;
  const raw = snapshot.draft;
  if (raw !== null) {
    const envelope = readEnvelope(raw);
    const imported = envelope.ok ? importModel(envelope.envelope.data, { source: 'autosave' }) : null;
    if (envelope.ok && imported?.ok) {
      const title = imported.model.meta.title.trim() || untitled;
      draft = { id: MIGRATED_DRAFT_ID, title, createdAt: envelope.envelope.savedAt, updatedAt: envelope.envelope.savedAt, data: envelope.envelope.data, thumbnail: '', origin: DRAFT_KEY };
      puts.push({ store: 'models', value: draft });
    } else {
      const reason = !envelope.ok ? inEnglish(envelope.error.message) : imported && !imported.ok ? inEnglish(imported.error.message) : '';
      puts.push({ store: 'aside', value: aside(DRAFT_KEY, raw, reason, at) });
    }
  }
  for (const [key, value] of snapshot.recovered) {
    puts.push({ store: 'aside', value: aside(key, value, 'Recovered from the draft storage (unreadable when it was saved).', at) });
  }
  puts.push({ store: 'meta', value: { id: MIGRATED_META, value: at } });
  await library.db.putAll(puts);
  return { kind: 'migrated', draft, aside: puts.filter((p) => p.store === 'aside').length };
}

const aside = (origin: string, raw: string, reason: string, keptAt: string): AsideRecord => ({ id: `localStorage:${origin}`, keptAt, origin, reason, raw });
