/**
 * Recent files in the library database, with their handles where the browser gave one (a
 * FileSystemFileHandle can be stored in IndexedDB; permission must be asked again after a reload).
 * Remembering is best effort: a failure here never affects the open or save that caused it.
 */
import { getLibrary } from '../library/access';
import { useLibraryView } from '../library/view';
import type { FileHandleLike } from './session';

export async function rememberRecent(name: string, handle: FileHandleLike | null): Promise<void> {
  try {
    const library = await getLibrary();
    await library.addRecent(name, handle);
    useLibraryView.setState({ recent: await library.recent() });
  } catch {
    // no IndexedDB, or full: the file itself is fine
  }
}
