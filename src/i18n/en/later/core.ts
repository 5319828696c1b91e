/**
 * English UI strings of the `core` area that nothing shows before the first render (issue 15):
 * loaded after it, and before any lazily loaded panel or dialog renders (i18n/translate.ts).
 */
export const coreLater = {
  'translation.missing': 'translation missing',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.command': 'Command',
  'shortcuts.keys': 'Shortcut',
  'shortcuts.mouse': 'Mouse',
  'shortcuts.close': 'Close',
  'shortcuts.doubleClick': 'Double-click the canvas',
  'shortcuts.doubleClickAction': 'Add a node of the last-used kind there',
  'shortcuts.shiftClick': 'Shift+click',
  'shortcuts.shiftClickAction': 'Add to or remove from the selection',
  'shortcuts.shiftDrag': 'Shift+drag on the canvas',
  'shortcuts.shiftDragAction': 'Select everything in a box',
  'shortcuts.handleDrag': 'Drag from a node’s edge dot to another node',
  'shortcuts.handleDragAction': 'Connect them',
  'relation.picker': 'Relation type',
  'relation.pickerTitle': 'Relation',
  'relation.done': 'Done',
  'relation.moveStart': 'Drag to move the start of this relation to another node',
  'relation.moveEnd': 'Drag to move the end of this relation to another node',
  'import.error.over-limit': 'it is over a limit of this app: {limit}.',
  'limit.nodes': 'at most {max} elements (it has {actual})',
  'limit.edges': 'at most {max} relations (it has {actual})',
  'limit.edgesPerNode': 'at most {max} relations at one element (one has {actual})',
  'limit.labelChars': 'at most {max} characters in one label (one has {actual})',
  'limit.textChars': 'at most {max} characters in one text field (one has {actual})',
  'limit.linkChars': 'a shared link may unpack to at most {max} characters (this one unpacks to {actual})',
} as const;
