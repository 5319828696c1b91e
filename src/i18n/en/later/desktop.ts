/**
 * English UI strings of the `desktop` area that nothing shows before the first render (issue 15):
 * loaded after it, and before any lazily loaded panel or dialog renders (i18n/translate.ts).
 */
export const desktopLater = {
  'library.title': 'Library',
  'library.models': 'Models in this browser',
  'library.empty': 'No models in the library yet. “Add to library” keeps the open model here.',
  'library.loading': 'Loading the library…',
  'library.unavailable': 'The library is not available in this browser (site storage for IndexedDB is blocked).',
  'library.recent': 'Recent files',
  'library.noRecent': 'No recent files.',
  'library.open': 'Open',
  'library.rename': 'Rename',
  'library.renameTo': 'New name for “{name}”',
  'library.duplicate': 'Duplicate',
  'library.delete': 'Delete',
  'library.export': 'Export',
  'library.versions': 'Versions',
  'library.versionsOf': 'Versions of “{name}”',
  'library.noVersions': 'No versions saved yet.',
  'library.restore': 'Restore',
  'library.updated': 'Changed {date}',
  'library.current': 'open now',
  'library.thumbnail': 'Thumbnail of “{name}”',
  'library.saveVersionTitle': 'Save a version',
  'library.note': 'Note',
  'library.notePlaceholder': 'What changed, e.g. “after the reviewers’ comments”',
  'library.save': 'Save version',
  'library.cancel': 'Cancel',
  'library.storedWhere': 'Models are kept in this browser’s storage for this site (IndexedDB). Clearing site data deletes them: export or save to a file what you want to keep.',
  'offline.ready': 'The app is installed for offline use: it opens without a network from now on.',
} as const;
