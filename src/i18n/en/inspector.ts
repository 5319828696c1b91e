/** English UI strings: the Inspector and the vocabulary editor (issue 3, part B). */
export const inspector = {
  // -- editing: inspector, vocabulary editor (issue 3, part B)
  'inspector.title': 'Inspector',
  'inspector.label': 'Label',
  'inspector.labelIn': 'Label ({lang})',
  'inspector.titleField': 'Title',
  'inspector.titleIn': 'Title ({lang})',
  'inspector.original': 'original',
  'inspector.text': 'Text',
  'inspector.description': 'Description',
  'inspector.document': 'Model',
  'inspector.citation': 'Citation',
  'inspector.source': 'Source',
  'inspector.sourceHint': 'The work this model comes from: author, title, figure, section.',
  'inspector.authors': 'Authors',
  'inspector.authorsHint': 'Separate names with commas or new lines.',
  'inspector.language': 'Language',
  'inspector.languageHint': 'The labels’ original language, as a BCP 47 tag: zh-CN, en…',
  'inspector.languageInvalid': 'This does not look like a BCP 47 tag (for example zh-CN or en).',
  'cmd.editVocabulary': 'Edit vocabulary',
} as const;
