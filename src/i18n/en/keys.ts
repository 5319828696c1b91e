/** Working from the keyboard (issue 14 §6): Connect to…, the context menu, tab order, relation keys. */
export const keys = {
  'cmd.connectTo': 'Connect to…',
  'keys.noRelations': 'This element has no relations.',
  'keys.nodeHint': 'Press E to go through its relations, Shift+F10 for its menu.',
} as const;
