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
} as const;
