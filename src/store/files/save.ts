/**
 * Ctrl+S and Ctrl+Shift+S (issue 16). Save writes back to the file the model came from when the
 * browser gave a handle; otherwise (no file yet, or a browser without the File System Access API)
 * it is "Save as", which is a save dialog or a download. A file changed on disk since we last
 * read or wrote it is not overwritten without asking. Any failure leaves the model open and
 * offers a download, so nothing is lost.
 */
import { translator } from '../../i18n/translate';
import { fileNameFor, serializeModel } from '../../io/serialize';
import { useAppStore } from '../appStore';
import { downloadText } from '../persistence/download';
import { errorText } from '../persistence/storage';
import { ensurePermission, saveAsFile, writeToHandle } from './fsAccess';
import { rememberRecent } from './recent';
import { useFileSession, type FileHandleLike } from './session';

const t = () => translator(useAppStore.getState().uiLang);

function failed(error: unknown, name: string, text: string): void {
  useAppStore.getState().notify('error', t()('files.saveFailed', { name }), [errorText(error)], [
    { label: t()('library.download'), run: () => downloadText({ fileName: name, text }), keepOpen: true },
  ]);
}

/** @param force write even when the file changed on disk (the user said "Overwrite"). */
export async function saveFile(force = false): Promise<boolean> {
  const { handle, fileName } = useFileSession.getState();
  if (!handle) return saveFileAs();
  const doc = useAppStore.getState().doc;
  const text = serializeModel(doc);
  const name = fileName ?? handle.name;
  try {
    if (!force && (await changedOnDisk(handle))) {
      askOverwrite(name);
      return false;
    }
    if (!(await ensurePermission(handle, 'readwrite'))) {
      useAppStore.getState().notify('warning', t()('files.permissionDenied', { name }));
      return saveFileAs();
    }
    const lastModified = await writeToHandle(handle, text);
    useFileSession.getState().markSaved(doc, lastModified);
    useAppStore.getState().notify('info', t()('files.saved', { name }));
    return true;
  } catch (error) {
    failed(error, name, text);
    return false;
  }
}

export async function saveFileAs(): Promise<boolean> {
  const doc = useAppStore.getState().doc;
  const text = serializeModel(doc);
  const suggested = useFileSession.getState().fileName ?? fileNameFor(doc, 'json');
  try {
    const saved = await saveAsFile(text, suggested);
    if (!saved) return false;
    let lastModified: number | null = null;
    try {
      lastModified = saved.handle ? (await saved.handle.getFile()).lastModified : null;
    } catch {
      // unknown: the next save then does not compare
    }
    useFileSession.getState().bindFile(saved.name, saved.handle, doc, lastModified);
    void rememberRecent(saved.name, saved.handle);
    useAppStore.getState().notify('info', t()(saved.handle ? 'files.saved' : 'files.downloaded', { name: saved.name }));
    return true;
  } catch (error) {
    failed(error, suggested, text);
    return false;
  }
}

async function changedOnDisk(handle: FileHandleLike): Promise<boolean> {
  const known = useFileSession.getState().lastModified;
  if (known === null) return false;
  try {
    return (await handle.getFile()).lastModified !== known;
  } catch {
    return false; // unreadable now (moved, no permission): the write reports what is wrong
  }
}

function askOverwrite(name: string): void {
  useAppStore.getState().notify('warning', t()('files.changedOnDisk', { name }), undefined, [
    { label: t()('files.overwrite'), run: () => void saveFile(true) },
    { label: t()('cmd.saveFileAs'), run: () => void saveFileAs() },
  ]);
}
