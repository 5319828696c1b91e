/** The library beside the canvas, shown at start-up (issue 16), and comparing a saved version. */
export const libraryPanel = {
  'cmd.libraryPanel': 'Library panel',
} as const;
