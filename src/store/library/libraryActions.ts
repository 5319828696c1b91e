/**
 * The library's actions as the commands and the library dialog call them: each turns a Library
 * result into the open document, the library view and notices in the UI language. Every failure
 * to write keeps the promise of the autosave: a warning, a download of the model, nothing lost
 * (the model also stays open and in the localStorage draft).
 */
import { formatMessage, formatMessages } from '../../i18n/message';
import { translator } from '../../i18n/translate';
import { fileNameFor, serializeModel } from '../../io/serialize';
import type { TheoryModel } from '../../model/types';
import { useAppStore } from '../appStore';
import { openDocument } from '../openDocument';
import { downloadText } from '../persistence/download';
import { classifyStorageError, errorText } from '../persistence/storage';
import { useFileSession } from '../files/session';
import { getLibrary } from './access';
import type { Library } from './library';
import type { ModelRecord } from './records';
import { useLibraryView } from './view';
import { rememberCurrent } from './current';

const t = () => translator(useAppStore.getState().uiLang);
const notify: ReturnType<typeof useAppStore.getState>['notify'] = (...args) => useAppStore.getState().notify(...args);

/** A write failed: say why (full or unavailable) and offer the model as a download. */
export function reportWriteFailure(error: unknown, doc: TheoryModel | null, data?: string, name?: string): void {
  const fault = classifyStorageError(error);
  const text = t()(fault === 'quota' ? 'library.quota' : 'library.writeFailed');
  const file = data !== undefined ? { fileName: name ?? 'model.json', text: data } : doc ? { fileName: fileNameFor(doc, 'json'), text: serializeModel(doc) } : null;
  notify('warning', text, [errorText(error)], file ? [{ label: t()('library.download'), run: () => downloadText(file), keepOpen: true }] : undefined);
}

/** Runs `work` on the library; a library that cannot open (no IndexedDB) is a notice, not a crash. */
async function withLibrary<T>(work: (library: Library) => Promise<T>, doc: TheoryModel | null = null): Promise<T | undefined> {
  let library: Library;
  try {
    library = await getLibrary();
  } catch (error) {
    useLibraryView.setState({ status: 'unavailable' });
    reportWriteFailure(error, doc);
    return undefined;
  }
  try {
    const result = await work(library);
    reportAside(library);
    return result;
  } catch (error) {
    reportWriteFailure(error, doc);
    return undefined;
  }
}

/** Records found unreadable are kept aside; the user hears of each once, with its text to download. */
export function reportAside(library: Library): void {
  const found = library.keptAside.splice(0);
  for (const aside of found) {
    const text = typeof aside.raw === 'string' ? aside.raw : safeJson(aside.raw);
    notify('error', t()('library.keptAside', { name: aside.origin }), [aside.reason, aside.id], [
      { label: t()('library.downloadAside'), run: () => downloadText({ fileName: `theory-model-unreadable-${aside.keptAt.replace(/[:.]/g, '-')}.json`, text }), keepOpen: true },
    ]);
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export async function refreshLibrary(): Promise<void> {
  if (useLibraryView.getState().status === 'idle') useLibraryView.setState({ status: 'loading' });
  await withLibrary(async (library) => {
    const [models, recent] = [await library.list(), await library.recent()];
    useLibraryView.setState({ status: 'ready', models, recent });
    const { versionsOf } = useLibraryView.getState();
    if (versionsOf) useLibraryView.setState({ versions: await library.versions(versionsOf) });
  });
}

function link(id: string | null): void {
  useFileSession.getState().bindLibrary(id);
  rememberCurrent(id);
}

/** "Add to library": the open model becomes a library record and is kept in it from now on. */
export async function addCurrentToLibrary(): Promise<ModelRecord | undefined> {
  const doc = useAppStore.getState().doc;
  const record = await withLibrary((library) => library.add(doc, doc.meta.title.trim() || t()('library.untitled')), doc);
  if (!record) return undefined;
  link(record.id);
  notify('info', t()('library.added', { name: `“${record.title}”` }));
  await refreshLibrary();
  return record;
}

export async function openFromLibrary(id: string): Promise<void> {
  const opened = await withLibrary((library) => library.open(id));
  if (!opened) return;
  if (!opened.ok) {
    notify('error', t()('library.openFailed', { reason: formatMessage(t(), opened.error.message) }), formatMessages(t(), opened.error.details));
    await refreshLibrary();
    return;
  }
  openDocument(opened.model, `“${opened.record.title}”`);
  link(id);
  if (opened.report.length > 0) notify('warning', t()('import.repaired', { count: opened.report.length }), formatMessages(t(), opened.report.map((n) => n.message)));
}

export async function renameInLibrary(id: string, title: string): Promise<void> {
  const name = title.trim();
  if (name === '') return;
  await withLibrary((library) => library.rename(id, name));
  await refreshLibrary();
}

export async function duplicateInLibrary(record: ModelRecord): Promise<void> {
  await withLibrary((library) => library.duplicate(record.id, t()('library.copyName', { name: record.title })));
  await refreshLibrary();
}

/** Deletes a model (and its versions); the notice's Undo puts back exactly what was removed. */
export async function deleteFromLibrary(id: string): Promise<void> {
  const removed = await withLibrary((library) => library.remove(id));
  if (!removed) return;
  if (useFileSession.getState().libraryId === id) link(null);
  await refreshLibrary();
  notify('info', t()('library.deleted', { name: `“${removed.record.title}”` }), undefined, [
    {
      label: t()('cmd.undo'),
      run: () =>
        void withLibrary((library) => library.restore(removed)).then(() => refreshLibrary()),
    },
  ]);
}

/** Export gives the stored text itself: byte for byte what the library holds. */
export function exportFromLibrary(record: ModelRecord): void {
  const base = Array.from(record.title.trim(), (c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('').slice(0, 80) || 'theory-model';
  downloadText({ fileName: `${base}.json`, text: record.data });
}

/** "Save a version": the open model (added to the library first if it is not in it). */
export async function saveVersion(note: string): Promise<void> {
  const doc = useAppStore.getState().doc;
  let id = useFileSession.getState().libraryId;
  if (id === null) id = (await addCurrentToLibrary())?.id ?? null;
  if (id === null) return;
  const modelId = id;
  const saved = await withLibrary(async (library) => {
    await library.update(modelId, doc);
    return library.saveVersion(modelId, doc, note.trim());
  }, doc);
  if (!saved) return;
  notify('info', t()('library.versionSaved', { note: saved.note || t()('library.noNote') }));
  if (useLibraryView.getState().versionsOf === modelId) await showVersions(modelId);
}

export async function showVersions(modelId: string | null): Promise<void> {
  useLibraryView.setState({ versionsOf: modelId, versions: [] });
  if (modelId === null) return;
  const versions = await withLibrary((library) => library.versions(modelId));
  if (versions && useLibraryView.getState().versionsOf === modelId) useLibraryView.setState({ versions });
}

/** Restoring a version is an undoable open; the model stays linked to its library record. */
export async function restoreVersion(versionId: string): Promise<void> {
  const opened = await withLibrary((library) => library.openVersion(versionId));
  if (!opened) return;
  if (!opened.ok) {
    notify('error', t()('library.openFailed', { reason: formatMessage(t(), opened.error.message) }), formatMessages(t(), opened.error.details));
    return;
  }
  if (!('version' in opened)) return;
  openDocument(opened.model, t()('library.versionName', { note: opened.version.note || opened.version.savedAt }));
  link(opened.version.modelId);
}

/**
 * "Compare with current": a saved version read through the import path, handed to the compare
 * panel as the other model (issue 14's diff); neither model changes.
 */
export async function compareVersion(versionId: string): Promise<boolean> {
  const opened = await withLibrary((library) => library.openVersion(versionId));
  if (!opened) return false;
  if (!opened.ok) {
    notify('error', t()('library.compareFailed', { reason: formatMessage(t(), opened.error.message) }), formatMessages(t(), opened.error.details));
    return false;
  }
  if (!('version' in opened)) return false;
  const state = useAppStore.getState();
  state.setCompareWith({ name: opened.version.note || opened.version.savedAt, doc: opened.model });
  state.setToolPanel('compare');
  return true;
}
