/**
 * Where the open model lives besides the draft (issue 16): the file on disk it was opened from or
 * saved to, and the library record it is kept in. A small store of its own rather than a slice
 * of the app store: none of it is document or history, it is rebuilt on every start, and keeping
 * it apart leaves the app store's slices (being restructured in parallel) untouched.
 *
 * "Unsaved" means: the model has a file, and the document is not the object last written to or
 * read from that file. Documents are immutable, so undoing back to the saved state is "saved"
 * again, exactly like the autosave's "changed" test.
 */
import { create } from 'zustand';
import type { TheoryModel } from '../../model/types';

/** The part of a FileSystemFileHandle the app uses (a mock in tests, the real one in Chromium). */
export type FileHandleLike = {
  readonly kind?: string;
  readonly name: string;
  getFile(): Promise<File>;
  createWritable?(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
  queryPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
};

export type FileSessionState = {
  /** The file's name; null when the model was never opened from or saved to a file. */
  fileName: string | null;
  /** Set only where the File System Access API gave one: then Ctrl+S writes back to it. */
  handle: FileHandleLike | null;
  /** The document as last written to or read from the file. */
  savedDoc: TheoryModel | null;
  /** The file's lastModified when we last read or wrote it: a newer one means it changed on disk. */
  lastModified: number | null;
  /** The library record this model is kept in, if any. */
  libraryId: string | null;
  bindFile: (fileName: string, handle: FileHandleLike | null, doc: TheoryModel, lastModified: number | null) => void;
  markSaved: (doc: TheoryModel, lastModified: number | null) => void;
  bindLibrary: (id: string | null) => void;
  /** Another document was opened: it has no file and no library record (yet). */
  forget: () => void;
};

export const useFileSession = create<FileSessionState>()((set) => ({
  fileName: null,
  handle: null,
  savedDoc: null,
  lastModified: null,
  libraryId: null,
  bindFile: (fileName, handle, doc, lastModified) => set({ fileName, handle, savedDoc: doc, lastModified }),
  markSaved: (doc, lastModified) => set({ savedDoc: doc, lastModified }),
  bindLibrary: (libraryId) => set({ libraryId }),
  forget: () => set({ fileName: null, handle: null, savedDoc: null, lastModified: null, libraryId: null }),
}));

/** Unsaved changes to the model's file (the draft is autosaved regardless). */
export function hasUnsavedFile(doc: TheoryModel, session: Pick<FileSessionState, 'fileName' | 'savedDoc'> = useFileSession.getState()): boolean {
  return session.fileName !== null && doc !== session.savedDoc;
}
