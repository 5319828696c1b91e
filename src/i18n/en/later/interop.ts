/**
 * English UI strings of the `interop` area that nothing shows before the first render (issue 15):
 * loaded after it, and before any lazily loaded panel or dialog renders (i18n/translate.ts).
 */
export const interopLater = {
  'interop.exportAs.title': 'Export as',
  'interop.exportAs.format': 'Format',
  'interop.exportAs.export': 'Export',
  'interop.exportAs.cancel': 'Cancel',
  'interop.exportAs.failed': 'Could not export as {format}: {reason}',
  'interop.refused': 'Could not import “{name}”: {reason} The open model was not changed.',
  'interop.error.syntaxLine': '{format}: error at line {line}.',
  'interop.error.missingConnections': '{format}: no file among these has From/To columns.',
  'interop.columns.title': 'Which column holds what?',
  'interop.columns.intro': 'The columns of “{name}” were not recognised. Choose what each one holds.',
  'interop.columns.import': 'Import',
  'interop.columns.cancel': 'Cancel',
  'interop.columns.sample': 'e.g. {value}',
  'interop.role.id': 'Id',
  'interop.role.label': 'Label',
  'interop.role.kind': 'Kind',
  'interop.role.from': 'From',
  'interop.role.to': 'To',
  'interop.role.relation': 'Relation type',
  'interop.role.parent': 'Group',
  'interop.role.x': 'X',
  'interop.role.y': 'Y',
  'interop.role.description': 'Description',
  'interop.role.ignore': 'Ignore',
} as const;
