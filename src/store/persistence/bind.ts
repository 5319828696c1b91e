/**
 * Wires the autosave engine to the app: store changes schedule a write; hiding or closing the page
 * flushes it; other tabs' writes arrive as `storage` events; what goes wrong becomes a notice with
 * a way out (a backup download, load the newer version, keep mine).
 */
import { formatMessage } from '../../i18n/message';
import { fileNameFor, serializeModel } from '../../io/serialize';
import { translator } from '../../i18n/translate';
import { useAppStore } from '../appStore';
import { gestureUnderWay } from '../flowChanges';
import { openDocument } from '../openDocument';
import { Autosaver, type AutosaveEvent, type Clock } from './autosaver';
import { downloadText, type TextDownload } from './download';
import { DRAFT_KEY } from './keys';
import { loadDraftText } from './restore';
import type { Persistence } from './persist';
import { newTabId, type StorageGetter } from './storage';

export type AutosaveBindingOptions = {
  storage: StorageGetter;
  clock?: Clock;
  tabId?: string;
  /** Receives `pagehide`, `beforeunload` and `storage`; the window in the app. */
  win?: EventTarget;
  /** Receives `visibilitychange`; the document in the app. */
  doc?: EventTarget & { visibilityState: DocumentVisibilityState };
  download?: (file: TextDownload) => void;
  /** The answer to `navigator.storage.persist()`, named in the storage warning (issue 17). */
  persistence?: Persistence;
};

export type AutosaveBinding = { autosaver: Autosaver; downloadBackup: () => void; stop: () => void };

const t = () => translator(useAppStore.getState().uiLang);
const isShown = (id: number | null) => id !== null && useAppStore.getState().notices.some((n) => n.id === id);

/** The current document as an Export JSON file: the one-click backup. */
export function backupFile(): TextDownload {
  const doc = useAppStore.getState().doc;
  return { fileName: fileNameFor(doc, 'json'), text: serializeModel(doc) };
}

export function startAutosave(options: AutosaveBindingOptions): AutosaveBinding {
  const { storage } = options;
  const win = options.win ?? window;
  const doc = options.doc ?? document;
  const download = options.download ?? ((file: TextDownload) => downloadText(file));
  const downloadBackup = () => download(backupFile());
  const persistenceLine = () => t()(`autosave.persist.${options.persistence?.outcome() ?? 'unsupported'}`);

  let warningId: number | null = null;
  // After the user closes the storage warning it stays closed until saving works again.
  let warned = false;
  let conflictId: number | null = null;

  const onEvent = (event: AutosaveEvent) => {
    const store = useAppStore.getState();
    switch (event.kind) {
      case 'saved':
        if (warningId !== null) store.dismissNotice(warningId);
        warningId = null;
        warned = false;
        break;
      case 'failed':
        if (warned) break;
        warned = true;
        warningId = store.notify('warning', t()(event.fault === 'quota' ? 'autosave.quota' : 'autosave.unavailable'), [persistenceLine(), event.message], [
          { label: t()('autosave.downloadBackup'), run: downloadBackup, keepOpen: true },
        ]);
        break;
      case 'conflict':
        showConflict();
        break;
      case 'recovered':
        store.notify('error', t()('autosave.recoveredLater'), [event.key], [
          { label: t()('autosave.downloadUnreadable'), run: () => download(event.download), keepOpen: true },
        ]);
        break;
    }
  };

  const autosaver = new Autosaver({ storage, clock: options.clock, tabId: options.tabId ?? newTabId(), getDoc: () => useAppStore.getState().doc, onEvent, busy: gestureUnderWay });

  function showConflict() {
    if (isShown(conflictId)) return;
    conflictId = useAppStore.getState().notify('warning', t()('autosave.conflict'), undefined, [
      { label: t()('autosave.loadNewer'), run: () => void loadNewer() },
      { label: t()('autosave.keepMine'), run: () => autosaver.takeOver() },
    ]);
  }

  async function loadNewer() {
    let raw: string | null = null;
    try {
      raw = storage().getItem(DRAFT_KEY);
    } catch {
      // reported below like any other unreadable draft
    }
    const loaded = raw === null ? null : await loadDraftText(raw);
    if (!loaded?.ok) {
      const reason = loaded ? formatMessage(t(), loaded.error.message) : '—';
      useAppStore.getState().notify('error', t()('autosave.loadNewerFailed', { reason }));
      showConflict();
      return;
    }
    // Adopt first: the replace below then counts as already saved and is not written back.
    autosaver.adopt(loaded.model, loaded.revision);
    openDocument(loaded.model, t()('autosave.newerName'));
  }

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.doc === previous.doc) return;
    autosaver.changed();
    // A tab that stopped saving says so again when the user keeps editing in it.
    if (autosaver.mode === 'conflict') showConflict();
  });

  const flush = () => autosaver.flush();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') autosaver.flush();
  };
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    autosaver.storageEvent(key, newValue);
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', flush);
  win.addEventListener('beforeunload', flush);
  win.addEventListener('storage', onStorage);

  return {
    autosaver,
    downloadBackup,
    stop: () => {
      unsubscribe();
      autosaver.dispose();
      doc.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', flush);
      win.removeEventListener('beforeunload', flush);
      win.removeEventListener('storage', onStorage);
    },
  };
}
