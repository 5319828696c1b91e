/**
 * English UI strings of the `keys` area that nothing shows before the first render (issue 15):
 * loaded after it, and before any lazily loaded panel or dialog renders (i18n/translate.ts).
 */
export const keysLater = {
  'connect.title': 'Connect “{source}” to…',
  'connect.target': 'Target',
  'connect.targets': 'Elements to connect to',
  'connect.targetHint': 'Type a label in either language; ↑/↓ choose, Enter picks.',
  'connect.noMatch': 'No element matches that may be connected from this one.',
  'connect.relation': 'Relation type',
  'connect.pickTargetFirst': 'Pick a target first: the types depend on its kind.',
  'connect.exists': '{name} (already drawn)',
  'connect.submit': 'Connect',
  'connect.cancel': 'Cancel',
  'contextMenu.node': 'Element actions',
  'contextMenu.edge': 'Relation actions',
  'contextMenu.pane': 'Canvas actions',
  'contextMenu.empty': 'Nothing applies here',
  'shortcuts.keyboard': 'Keyboard on the canvas',
  'shortcuts.tab': 'Tab / Shift+Tab',
  'shortcuts.tabAction': 'Go from element to element (a group, then its members); relations are not Tab stops',
  'shortcuts.relationKey': 'E / Shift+E on an element',
  'shortcuts.relationKeyAction': 'Step through its relations, in and out; Esc or Shift+Tab returns to the element, Tab goes on to the next',
  'shortcuts.selectKey': 'Enter or Space on an element',
  'shortcuts.selectKeyAction': 'Select it',
  'shortcuts.menuKey': 'Shift+F10 or the Menu key',
  'shortcuts.menuKeyAction': 'Open the context menu for the selection (also right click)',
  'shortcuts.newNode': 'After Add',
  'shortcuts.newNodeAction': 'Type the new element’s label; Enter or Esc returns to the canvas',
} as const;
