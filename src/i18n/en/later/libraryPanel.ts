/**
 * English UI strings of the `libraryPanel` area that nothing shows before the first render (issue 15):
 * loaded after it, and before any lazily loaded panel or dialog renders (i18n/translate.ts).
 */
export const libraryPanelLater = {
  'libraryPanel.title': 'Your models',
  'libraryPanel.intro': 'Open a model kept in this browser or a recent file. The open model stays as it is until you choose one.',
  'libraryPanel.atStart': 'Show this list when the app starts',
  'libraryPanel.manage': 'Manage the library…',
  'libraryPanel.openTitle': 'Open “{name}”',
  'library.compare': 'Compare with current',
  'library.compareFailed': 'The version could not be compared: {reason}',
} as const;
