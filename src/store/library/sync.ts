/**
 * Keeps the library up to date with the open model, and starts the library after start-up:
 *  - the first start migrates the localStorage draft and recovered keys (migrate.ts);
 *  - the record the draft belongs to is linked again and brought up to date with the draft;
 *  - records that cannot be read are kept aside and reported (Library.list);
 *  - the library panel opens beside the canvas when it has entries (startView.ts);
 *  - while the open model is linked to a record, changes are written to it after a quiet second
 *    (the localStorage draft is still written first, at 300 ms: it is the copy that survives a
 *    closing page, IndexedDB writes being asynchronous).
 * Nothing here can stop start-up: it runs after the model is open, and every failure is a notice.
 */
import { translator } from '../../i18n/translate';
import { useAppStore } from '../appStore';
import { useFileSession } from '../files/session';
import { getLibrary } from './access';
import { readCurrent, rememberCurrent } from './current';
import { refreshLibrary, reportAside, reportWriteFailure } from './libraryActions';
import { importModel } from '../../io/importModel';
import { serializeModel } from '../../io/serialize';
import { migrateLocalStorage, type StorageSnapshot } from './migrate';
import { openLibraryAtStart } from './startView';

export const LIBRARY_SYNC_MS = 1_000;

export type LibrarySync = { stop: () => void; ready: Promise<void> };

export function startLibrarySync(snapshot: StorageSnapshot): LibrarySync {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const write = async () => {
    timer = null;
    const id = useFileSession.getState().libraryId;
    if (id === null || stopped) return;
    const doc = useAppStore.getState().doc;
    try {
      const library = await getLibrary();
      const updated = await library.update(id, doc);
      // The record is gone (deleted in another tab): stop writing to it.
      if (updated === null) useFileSession.getState().bindLibrary(null);
    } catch (error) {
      reportWriteFailure(error, doc);
    }
  };
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.doc === previous.doc || useFileSession.getState().libraryId === null) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void write(), LIBRARY_SYNC_MS);
  });
  // Which record the draft belongs to follows the session: opening another model (which forgets
  // the record) clears it, so the next start does not write that other model into the old record.
  const unfollow = useFileSession.subscribe((state, previous) => {
    if (state.libraryId !== previous.libraryId) rememberCurrent(state.libraryId);
  });
  const ready = (async () => {
    let library;
    try {
      library = await getLibrary();
    } catch {
      return; // no IndexedDB here: the library says so when it is opened
    }
    try {
      const migration = await migrateLocalStorage(library, snapshot, translator(useAppStore.getState().uiLang)('library.untitled'));
      const doc = useAppStore.getState().doc;
      if (migration.kind === 'migrated' && migration.draft) {
        // The migrated draft stays byte for byte; it is the open model only if start-up opened it.
        const migrated = importModel(migration.draft.data, { source: 'library' });
        if (migrated.ok && serializeModel(migrated.model) === serializeModel(doc)) link(migration.draft.id);
      } else {
        const current = readCurrent();
        // Brought up to date with the draft (a write lost when the page closed is made now).
        if (current !== null && !stopped) link((await library.update(current, doc)) ? current : null);
      }
      await library.list(); // finds unreadable records, keeps them aside
      reportAside(library);
    } catch (error) {
      reportWriteFailure(error, useAppStore.getState().doc);
    }
    if (libraryDialogOpen()) await refreshLibrary();
    if (!stopped) await openLibraryAtStart();
  })();
  return {
    ready,
    stop: () => {
      stopped = true;
      unsubscribe();
      unfollow();
      if (timer !== null) clearTimeout(timer);
    },
  };
}

function link(id: string | null) {
  useFileSession.getState().bindLibrary(id);
  rememberCurrent(id);
}

const libraryDialogOpen = () => useAppStore.getState().dialog === 'library';
