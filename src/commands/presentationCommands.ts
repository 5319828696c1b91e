/**
 * Presentation mode (issue 14 §4): View → Present (F5, or Ctrl+Alt+P where the browser keeps F5)
 * and the steps panel. Inside presentation mode the keys that step are handled by the
 * presentation itself (canvas/presentation), not by this table: Esc and the arrows mean something
 * else while editing.
 */
import { afterStrings, translator } from '../i18n/translate';
import { liveSelection } from '../store/editActions';
import type { AppState } from '../store/appStore';
import type { Command } from './types';

// The presentation's actions and step model load with the first use (issue 15, first load).
const presentation = () => afterStrings(() => import('../store/presentationActions'));

const hasSelection = (s: AppState) => {
  const selection = liveSelection(s);
  return selection.nodes.length + selection.edges.length > 0;
};

export const presentationCommands: Command[] = [
  {
    id: 'present',
    label: 'cmd.present',
    shortcuts: ['F5', 'Mod+Alt+P'],
    enabled: (s) => s.doc.nodes.length > 0,
    run: () => void presentation().then((m) => m.startPresenting(0)),
  },
  { id: 'presentSteps', label: 'cmd.presentSteps', run: ({ state }) => state.setToolPanel('steps') },
  {
    id: 'addStepFromSelection',
    label: 'cmd.addStepFromSelection',
    enabled: hasSelection,
    run: ({ state }) =>
      presentation().then((m) => {
        m.addStepFromSelection(translator(state.uiLang)('steps.newName', { index: m.shownSteps().steps.length + 1 }));
        state.setToolPanel('steps');
      }),
  },
];
