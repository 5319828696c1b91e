/** Strings of the interop area (issue 12): other tools' formats, import reports, Export as…. */
export const interop = {
  'cmd.importAny': 'Import…',
  'cmd.exportAs': 'Export as…',
} as const;
