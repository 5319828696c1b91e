/**
 * Open and save dialogs through browser-fs-access (issue 16): the File System Access API where
 * the browser has it (Chromium: a real handle, so Ctrl+S writes back to the same file), and an
 * <input type=file> / download elsewhere. The library is loaded with `import()` on first use.
 */
import type { FileHandleLike } from './session';

export const JSON_TYPES = { mimeTypes: ['application/json'], extensions: ['.json'], description: 'Theory model (JSON)' };

export type PickedFile = { file: File; handle: FileHandleLike | null };

/** Whether this browser gives file handles (decided by browser-fs-access the same way). */
export function fileHandlesSupported(): boolean {
  return typeof self !== 'undefined' && 'showOpenFilePicker' in self;
}

/** The user cancelled a picker: not an error to report. */
export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export async function pickFileToOpen(): Promise<PickedFile | null> {
  const { fileOpen } = await import('browser-fs-access');
  try {
    const file = await fileOpen({ ...JSON_TYPES, id: 'theory-model' });
    return { file, handle: (file.handle as FileHandleLike | undefined) ?? null };
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}

/**
 * "Save as": a save picker with a handle, or a download (then the returned handle is null and the
 * name is the suggested one). Returns null when the user cancelled.
 */
export async function saveAsFile(text: string, suggestedName: string): Promise<{ handle: FileHandleLike | null; name: string } | null> {
  const { fileSave } = await import('browser-fs-access');
  try {
    const handle = (await fileSave(new Blob([text], { type: 'application/json' }), { ...JSON_TYPES, fileName: suggestedName, id: 'theory-model' })) as FileHandleLike | null;
    return { handle, name: handle?.name ?? suggestedName };
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}

/** Asks for `mode` access again (a handle from IndexedDB starts without it); true when granted. */
export async function ensurePermission(handle: FileHandleLike, mode: 'read' | 'readwrite'): Promise<boolean> {
  if (typeof handle.queryPermission !== 'function') return true;
  if ((await handle.queryPermission({ mode })) === 'granted') return true;
  if (typeof handle.requestPermission !== 'function') return false;
  return (await handle.requestPermission({ mode })) === 'granted';
}

/** Writes `text` to the handle's file (replacing it) and returns its new lastModified. */
export async function writeToHandle(handle: FileHandleLike, text: string): Promise<number | null> {
  if (typeof handle.createWritable !== 'function') throw new Error('This file cannot be written to.');
  const writable = await handle.createWritable();
  await writable.write(new Blob([text], { type: 'application/json' }));
  await writable.close();
  try {
    return (await handle.getFile()).lastModified;
  } catch {
    return null;
  }
}
