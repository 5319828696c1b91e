import { DEFAULT_EXAMPLE, hasExample, loadExampleText } from '../io/examples';
import { formatMessage, formatMessages } from '../i18n/message';
import { importModelAsync, loadImportFront } from '../io/importLazy';
import { fileNameFor, serializeModel } from '../io/serialize';
import { afterStrings, chooseUiLanguage, translator, type TFunction } from '../i18n/translate';
import type { TheoryModel } from '../model/types';
import { editorHistory } from '../store/activeEditor';
import { useAppStore } from '../store/appStore';
import { openDocument, quotedTitle } from '../store/openDocument';
import { systemClock, type Clock } from '../store/persistence/autosaver';
import { startAutosave, type AutosaveBinding, type AutosaveBindingOptions } from '../store/persistence/bind';
import { downloadText, type TextDownload } from '../store/persistence/download';
import { requestPersistence } from '../store/persistence/persist';
import { keepPreviousDraft, loadDraftText, readStartupDraft, type StartupDraft } from '../store/persistence/restore';
import { readEnvelope, peekHead } from '../store/persistence/envelope';
import { DRAFT_KEY } from '../store/persistence/keys';
import { beginDraftLoad, clearDraftGuard, endDraftLoad, readDraftGuard, type DraftGuard } from '../store/persistence/loadGuard';
import { browserStorage, type StorageGetter } from '../store/persistence/storage';

/** A share link's model (app/sharedLink.ts, loaded with the later strings only for a `#model=` fragment). */
async function takeSharedModel(hash: string, t: TFunction, replaceHash?: (hash: string) => void): Promise<TheoryModel | null> {
  if (!hash.includes('model=')) return null;
  return (await afterStrings(() => import('./sharedLink'))).takeSharedModel(hash, t, replaceHash);
}

export type StartupOptions = Partial<AutosaveBindingOptions> & {
  /** Rewrites the address bar's query (without reloading). */
  replaceSearch?: (search: string) => void;
  /** Rewrites the address bar's fragment (a share link's `#model=` is removed once read). */
  replaceHash?: (hash: string) => void;
  /** The address bar's current fragment, read on `hashchange` (a link pasted into a running tab). */
  readHash?: () => string;
  /** Runs `run` once the opened document has painted (the draft load guard measures until then). */
  afterPaint?: (run: () => void) => void;
};

/** After the next frame has been painted: a frozen render delays this until it ends. */
function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

/**
 * Start-up with a held draft: Figure 2 opens; the draft stays under its key, is also kept as the
 * previous draft, and a warning offers to open it anyway (measured again) or to download it.
 * Returns null when there is no draft after all (the marker alone is cleared).
 */
async function holdDraft(
  guard: Exclude<DraftGuard, { kind: 'none' }>,
  storage: StorageGetter,
  t: TFunction,
  download: (file: TextDownload) => void,
  binding: () => AutosaveBinding,
  paint: (run: () => void) => void,
  clock: Clock,
): Promise<AutosaveBinding | null> {
  let raw: string | null = null;
  try {
    raw = storage().getItem(DRAFT_KEY);
  } catch {
    // unreadable storage: nothing to hold
  }
  clearDraftGuard(storage);
  if (raw === null) return null;
  const draftRaw = raw;
  keepPreviousDraft(storage, draftRaw);
  const figure = await loadExample(DEFAULT_EXAMPLE, t);
  if (figure) openFirst(figure);
  const started = binding();
  // Storage holds the draft: write nothing until the user changes something or opens it.
  started.autosaver.adopt(useAppStore.getState().doc, peekHead(draftRaw)?.revision ?? 0);
  const name = quotedTitle(useAppStore.getState().doc);
  const text = guard.kind === 'slow' ? t('autosave.held.slow', { name, seconds: Math.round(guard.ms / 1000) }) : t('autosave.held.stalled', { name });
  const open = async () => {
    const began = clock.now();
    beginDraftLoad(storage, began);
    const loaded = await loadDraftText(draftRaw);
    if (!loaded.ok) {
      clearDraftGuard(storage);
      useAppStore.getState().notify('error', t('autosave.previousUnreadable', { reason: formatMessage(t, loaded.error.message) }));
      return;
    }
    openDocument(loaded.model, t('autosave.previousName'));
    paint(() => endDraftLoad(storage, clock.now() - began));
  };
  const read = readEnvelope(draftRaw);
  const file = { fileName: 'draft.json', text: read.ok ? read.envelope.data : draftRaw };
  useAppStore.getState().notify('warning', text, undefined, [
    { label: t('autosave.held.open'), run: () => void open() },
    { label: t('autosave.held.download'), run: () => download(file), keepOpen: true },
  ]);
  return started;
}

/**
 * What the app opens on (docs/decisions.md, "Autosave"):
 *  1. `?example=NAME` (explicit) opens that example. An existing draft is first kept as the
 *     "previous draft" (a notice offers to restore it), then the example becomes the draft.
 *     The parameter is then removed from the address, so a reload shows the last state.
 *  2. Otherwise the saved draft, exactly as it was.
 *  3. Otherwise (none, or unreadable: that is kept aside and reported) Figure 2.
 *  Then a share link (`#model=…`, issue 6) opens over that as one undoable step (Undo shows the
 *  draft again, which is also kept as the "previous draft"); a refused link is an alert only.
 * Nothing stored can block this: every fault ends in an open model and a notice.
 * The UI language follows `?lang=`, then the browser.
 */
export async function startUp(location: { search: string; hash?: string }, languages: readonly string[], options: StartupOptions = {}): Promise<AutosaveBinding> {
  // The import path's front door, requested now, while the draft is read or the example loads (issue 15).
  void loadImportFront().catch(() => undefined);
  const store = useAppStore.getState();
  const uiLang = chooseUiLanguage(location.search, languages);
  store.setUiLang(uiLang);
  store.setDiagramLang(uiLang === 'zh' ? 'zh' : 'en');
  const t = translator(uiLang);
  // A share link (#model=…, issue 6) wins over the draft, as an undoable open over it (below).
  const shared = await takeSharedModel(location.hash ?? '', t, options.replaceHash);
  const storage = options.storage ?? browserStorage;
  const clock: Clock = options.clock ?? systemClock;
  const download = options.download ?? ((file) => downloadText(file));

  const params = new URLSearchParams(location.search);
  const asked = params.get('example');
  let example: string | null = null;
  if (asked !== null) {
    if (hasExample(asked)) example = asked;
    else store.notify('warning', t('notice.unknownExample', { name: asked }));
    params.delete('example');
    const search = params.toString();
    (options.replaceSearch ?? replaceBrowserSearch)(search === '' ? '' : `?${search}`);
  }

  // Ask the browser to keep the drafts (issue 17); the answer is named in any storage warning.
  const persistence = options.persistence ?? requestPersistence();
  const binding = (): AutosaveBinding => startAutosave({ ...options, storage, clock, download, persistence });

  // The last opening of the draft stalled or was slow: ask instead of freezing again (issue 17).
  const guard = example === null ? readDraftGuard(storage) : ({ kind: 'none' } as const);
  if (guard.kind !== 'none') {
    const held = await holdDraft(guard, storage, t, download, binding, options.afterPaint ?? afterPaint, clock);
    if (held) {
      if (shared) openDocument(shared, quotedTitle(shared));
      return withLinkWatch(held, storage, t, options);
    }
  }

  const loadStarted = clock.now();
  beginDraftLoad(storage, loadStarted);
  const draft = await readStartupDraft(storage, clock.now());
  if (draft.kind === 'draft') (options.afterPaint ?? afterPaint)(() => endDraftLoad(storage, clock.now() - loadStarted));
  else clearDraftGuard(storage);
  const fromExample = example !== null || draft.kind !== 'draft' ? await loadExample(example ?? DEFAULT_EXAMPLE, t) : null;

  if (fromExample === null && draft.kind === 'draft') {
    openFirst(draft.model);
    if (draft.report.length > 0) store.notify('info', t('autosave.restoredRepaired'), formatMessages(t, draft.report.map((n) => n.message)));
    const started = binding();
    started.autosaver.adopt(draft.model, draft.revision);
    if (shared) {
      keepPreviousDraft(storage, draft.raw); // restorable after a reload too, not only by Undo
      openDocument(shared, quotedTitle(shared));
    }
    return withLinkWatch(started, storage, t, options);
  }

  if (fromExample) openFirst(fromExample);
  const name = quotedTitle(useAppStore.getState().doc);
  reportDraft(draft, name, t, download);
  const started = binding();
  if (draft.kind === 'draft') {
    // Here an explicit ?example= replaced a readable draft.
    const kept = keepPreviousDraft(storage, draft.raw);
    offerPrevious(draft.model, kept, name, t, download);
    // Storage holds the draft at its revision. When it was kept, write the example now (a reload
    // shows it); when it could not be kept, write nothing until the user changes the example.
    started.autosaver.adopt(kept ? draft.model : useAppStore.getState().doc, draft.revision);
  }
  if (shared) openDocument(shared, quotedTitle(shared));
  started.autosaver.flush();
  return withLinkWatch(started, storage, t, options);
}

/**
 * A `#model=` link pasted into the address bar of a tab that already runs the app only fires
 * `hashchange` (issue 17, defect 6). It opens like a link at start-up: the draft is written now
 * and kept as the "previous draft" (safe across a reload), then the shared model opens as one
 * undoable step. A refused link is an alert; the open model is untouched.
 */
function withLinkWatch(started: AutosaveBinding, storage: StorageGetter, t: TFunction, options: StartupOptions): AutosaveBinding {
  const win = options.win ?? window;
  const readHash = options.readHash ?? (() => window.location.hash);
  const onHash = async () => {
    const shared = await takeSharedModel(readHash(), t, options.replaceHash);
    if (!shared) return;
    started.autosaver.flush();
    let raw: string | null = null;
    try {
      raw = storage().getItem(DRAFT_KEY);
    } catch {
      // storage unavailable: Undo still brings the model back in this tab
    }
    if (raw !== null) keepPreviousDraft(storage, raw);
    openDocument(shared, quotedTitle(shared));
  };
  const onHashChange = () => void onHash();
  win.addEventListener('hashchange', onHashChange);
  return {
    ...started,
    stop: () => {
      win.removeEventListener('hashchange', onHashChange);
      started.stop();
    },
  };
}

/** The first document of the session: nothing to undo back to, so history starts empty here. */
function openFirst(doc: TheoryModel) {
  useAppStore.getState().replaceDocument(doc);
  editorHistory().clear();
}

function replaceBrowserSearch(search: string) {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

function reportDraft(draft: StartupDraft, name: string, t: TFunction, download: (file: TextDownload) => void) {
  if (draft.kind !== 'unreadable') return; // 'unavailable' is reported by the autosave's first write
  const text = t(draft.recoveredKey === null ? 'autosave.unreadableNotMoved' : 'autosave.unreadable', { name });
  const details = [...formatMessages(t, [draft.error.message, ...(draft.error.details ?? [])]), ...(draft.recoveredKey ? [draft.recoveredKey] : [])];
  useAppStore.getState().notify('error', text, details, [{ label: t('autosave.downloadUnreadable'), run: () => download(draft.download), keepOpen: true }]);
}

function offerPrevious(previous: TheoryModel, kept: boolean, name: string, t: TFunction, download: (file: TextDownload) => void) {
  const restore = { label: t('autosave.restorePrevious'), run: () => void openDocument(previous, t('autosave.previousName')) };
  if (kept) {
    useAppStore.getState().notify('info', t('autosave.previousKept', { name }), undefined, [restore]);
    return;
  }
  const file = { fileName: fileNameFor(previous, 'json'), text: serializeModel(previous) };
  useAppStore.getState().notify('warning', t('autosave.previousNotKept', { name }), undefined, [
    restore,
    { label: t('autosave.downloadPrevious'), run: () => download(file), keepOpen: true },
  ]);
}

async function loadExample(name: string, t: TFunction): Promise<TheoryModel | null> {
  const store = useAppStore.getState();
  try {
    const result = await importModelAsync(await loadExampleText(name), { source: 'file' });
    if (result.ok) return result.model;
    store.notify('error', t('notice.exampleFailed', { name, reason: formatMessage(t, result.error.message) }));
  } catch (error) {
    store.notify('error', t('notice.exampleFailed', { name, reason: error instanceof Error ? error.message : String(error) }));
  }
  return null;
}
