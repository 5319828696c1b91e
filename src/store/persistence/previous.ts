/**
 * The "previous draft": when `?example=` opens an example at start-up over an existing draft, the
 * draft is first kept under PREVIOUS_DRAFT_KEY (one level), and can be brought back at any time.
 */
import { formatMessage, formatMessages } from '../../i18n/message';
import { translator } from '../../i18n/translate';
import { useAppStore } from '../appStore';
import { openDocument } from '../openDocument';
import { readPreviousDraft } from './restore';
import { browserStorage, type StorageGetter } from './storage';

/** The "Restore previous draft" command: an undoable replace, like any open. */
export async function restorePreviousDraft(getStorage: StorageGetter = browserStorage): Promise<void> {
  const store = useAppStore.getState();
  const loaded = await readPreviousDraft(getStorage);
  const t = translator(useAppStore.getState().uiLang);
  if (loaded === null) store.notify('info', t('autosave.noPrevious'));
  else if (!loaded.ok) store.notify('error', t('autosave.previousUnreadable', { reason: formatMessage(t, loaded.error.message) }), formatMessages(t, loaded.error.details));
  else openDocument(loaded.model, t('autosave.previousName'));
}
