/**
 * The text view (issue 12 item 2): a panel beside the canvas with the model as editable text. The
 * command only opens and closes it; the panel (and CodeMirror with it) loads when first opened.
 */
import { useAppStore } from '../store/appStore';
import type { Command } from './types';

export const textViewCommands: Command[] = [
  {
    id: 'toggleTextView',
    label: 'cmd.textView',
    run: ({ state }) => state.setToolPanel(useAppStore.getState().toolPanel === 'text' ? null : 'text'),
  },
];
