/** Files on disk, the library of models, offline and updates (issue 16). */
export const desktop = {
  'cmd.openFile': 'Open file…',
  'cmd.saveFile': 'Save',
  'cmd.saveFileAs': 'Save as…',
  'cmd.openLibrary': 'Library…',
  'cmd.addToLibrary': 'Add to library',
  'cmd.saveVersion': 'Save a version…',
  'files.unsaved': 'Unsaved changes',
  'files.unsavedMark': 'unsaved',
  'files.fileLabel': 'File: {name}',
} as const;
