/**
 * The one Library of this page, opened on first use. The IndexedDB backend (and idb with it) is
 * loaded with `import()`, so a session that never touches the library never downloads it. Tests
 * hand in a memory backend with `setLibraryBackend`.
 */
import { afterStrings } from '../../i18n/translate';
import type { LibraryBackend } from './backend';
import { Library } from './library';

let opening: Promise<Library> | null = null;

export function getLibrary(): Promise<Library> {
  opening ??= afterStrings(() => import('./idbBackend')).then((m) => m.openIdbBackend()).then((db) => new Library(db));
  // A failed open (IndexedDB blocked, private mode) is retried on the next use, not cached.
  opening.catch(() => (opening = null));
  return opening;
}

export function setLibraryBackend(db: LibraryBackend | null, options?: ConstructorParameters<typeof Library>[1]): void {
  opening = db ? Promise.resolve(new Library(db, options)) : null;
}
