/**
 * The library beside the canvas at start-up (issue 16: "a list of their models and recent files
 * opens with the app"). It is a non-modal tool panel: the model opens as always and the canvas
 * stays usable; the list is shown only when it offers something to open besides the open model (a
 * first visit, or a library holding just the model that opens, starts on the canvas alone), and
 * not at all once the user has switched it off (a preference in localStorage).
 */
import { useAppStore } from '../appStore';
import { useFileSession } from '../files/session';
import { browserStorage, type StorageGetter } from '../persistence/storage';
import { refreshLibrary } from './libraryActions';
import { useLibraryView } from './view';

export const LIBRARY_AT_START_KEY = 'theory-model-editor:pref:library-at-start';

export function showsLibraryAtStart(storage: StorageGetter = browserStorage): boolean {
  try {
    return storage().getItem(LIBRARY_AT_START_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setLibraryAtStart(on: boolean, storage: StorageGetter = browserStorage): void {
  try {
    if (on) storage().removeItem(LIBRARY_AT_START_KEY);
    else storage().setItem(LIBRARY_AT_START_KEY, 'off');
  } catch {
    // storage blocked or full: the choice holds for this visit only
  }
}

/** Opens the library panel if the user wants it, it lists another model or a recent file, and nothing else is open. */
export async function openLibraryAtStart(storage: StorageGetter = browserStorage): Promise<boolean> {
  if (!showsLibraryAtStart(storage)) return false;
  await refreshLibrary();
  const { status, models, recent } = useLibraryView.getState();
  const state = useAppStore.getState();
  const current = useFileSession.getState().libraryId;
  const offers = models.some((m) => m.id !== current) || recent.length > 0;
  if (status !== 'ready' || !offers || state.toolPanel !== null || state.dialog !== null) return false;
  useLibraryView.setState({ shownAtStart: true });
  state.setToolPanel('library');
  return true;
}
