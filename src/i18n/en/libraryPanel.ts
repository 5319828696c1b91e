/** The library beside the canvas, shown at start-up (issue 16), and comparing a saved version. */
export const libraryPanel = {
  'cmd.libraryPanel': 'Library panel',
  'libraryPanel.title': 'Your models',
  'libraryPanel.intro': 'Open a model kept in this browser or a recent file. The open model stays as it is until you choose one.',
  'libraryPanel.atStart': 'Show this list when the app starts',
  'libraryPanel.manage': 'Manage the library…',
  'libraryPanel.openTitle': 'Open “{name}”',
  'library.compare': 'Compare with current',
  'library.compareFailed': 'The version could not be compared: {reason}',
} as const;
