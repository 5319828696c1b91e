/** Reading and presenting a model (issue 14): focus, legend filters, find on canvas, compare, keyboard. */
export const present = {
  'cmd.focus': 'Focus on selection',
  'cmd.focusTwo': 'Focus on selection (two hops)',
  'cmd.endFocus': 'End focus',
  'cmd.showAll': 'Show all kinds and relations',
  'legend.filter': '{name}: {mode}. Click to change.',
  'legend.mode.show': 'shown',
  'legend.mode.dim': 'dimmed',
  'legend.mode.hide': 'hidden',
  'cmd.compare': 'Compare with another model…',
} as const;
