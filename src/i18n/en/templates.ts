/** English UI strings: templates, languages, checks and share links (issue 6). */
export const templates = {
  // -- templates, languages, checks, links (issue 6)
  'cmd.examples': 'Examples',
  'cmd.adapt': 'Adapt to my industry',
  'cmd.saveAsTemplate': 'Save as template',
  'cmd.findReplace': 'Find and replace',
  'cmd.problems': 'Problems',
  'cmd.copyLink': 'Copy link',
  'cmd.toggleDiagramLanguage': 'Switch the diagram language',
  'lang.diagram': 'Diagram language',
  'lang.zh': '中文',
  'lang.en': 'English',
  'untranslated.count': 'Untranslated labels: {count}',
  'untranslated.hint': 'Shown in the original language and underlined; click to list them.',
  'dialog.close': 'Close',
  'rf.direction.left': 'left',
  'rf.direction.right': 'right',
  'rf.direction.up': 'up',
  'rf.direction.down': 'down',
} as const;
