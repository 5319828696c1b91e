/**
 * Opening files from disk and recent files (issue 16), loaded with the first use of the file
 * commands. Opening reads through the one import path (`importFile` → importModel); the file
 * session (store/files) then remembers the file so Ctrl+S writes back to it.
 */
import { translator } from '../i18n/translate';
import { useAppStore } from '../store/appStore';
import { ensurePermission, pickFileToOpen } from '../store/files/fsAccess';
import { rememberRecent } from '../store/files/recent';
import { useFileSession, type FileHandleLike } from '../store/files/session';
import type { RecentRecord } from '../store/library/records';
import { errorText } from '../store/persistence/storage';
import { importFile } from './fileCommands';

const t = () => translator(useAppStore.getState().uiLang);

/** Opens `file` through the import path; when it was accepted, the model is now that file's. */
async function openPicked(file: File, handle: FileHandleLike | null): Promise<boolean> {
  if (!(await importFile(file, 'file'))) return false;
  useFileSession.getState().bindFile(file.name, handle, useAppStore.getState().doc, file.lastModified);
  void rememberRecent(file.name, handle);
  return true;
}

export async function openFromDisk(): Promise<void> {
  try {
    const picked = await pickFileToOpen();
    if (picked) await openPicked(picked.file, picked.handle);
  } catch (error) {
    useAppStore.getState().notify('error', t()('files.openFailed'), [errorText(error)]);
  }
}

/**
 * A recent file: its stored handle needs permission again after a reload (the browser asks).
 * Without a handle (or when refused) the open dialog is the way back to it.
 */
export async function openRecent(entry: RecentRecord): Promise<void> {
  const handle = entry.handle as FileHandleLike | undefined;
  if (!handle || typeof handle.getFile !== 'function') {
    useAppStore.getState().notify('info', t()('files.chooseAgain', { name: entry.name }));
    return openFromDisk();
  }
  try {
    if (!(await ensurePermission(handle, 'read'))) {
      useAppStore.getState().notify('warning', t()('files.permissionDenied', { name: entry.name }));
      return;
    }
    await openPicked(await handle.getFile(), handle);
  } catch (error) {
    useAppStore.getState().notify('error', t()('files.recentFailed', { name: entry.name }), [errorText(error)]);
  }
}
