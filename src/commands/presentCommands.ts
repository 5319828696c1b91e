import { NO_FILTERS } from '../model/emphasis';
import { useAppStore, type AppState } from '../store/appStore';
import { liveSelection } from '../store/editActions';
import type { Command } from './types';

const selectedNodes = (s: AppState) => liveSelection(s).nodes;
const filtered = (s: AppState) => s.filters.kinds.size + s.filters.relations.size > 0;

/** Ends a focus (Esc on the canvas, or the command); the selection stays. */
export function endFocus() {
  useAppStore.getState().setFocus(null);
}

/**
 * Reading a model (issue 14): focus on the selection's neighbourhood, one or two hops, and end it;
 * show every kind and relation again after legend filtering. All view state, never undo steps.
 */
export const presentCommands: Command[] = [
  {
    id: 'focus',
    label: 'cmd.focus',
    shortcuts: ['F'],
    enabled: (s) => selectedNodes(s).length > 0,
    run: ({ state }) => state.setFocus({ ids: selectedNodes(state), hops: 1 }),
  },
  {
    id: 'focusTwo',
    label: 'cmd.focusTwo',
    shortcuts: ['Shift+F'],
    enabled: (s) => selectedNodes(s).length > 0,
    run: ({ state }) => state.setFocus({ ids: selectedNodes(state), hops: 2 }),
  },
  { id: 'endFocus', label: 'cmd.endFocus', enabled: (s) => s.focus !== null, run: () => endFocus() },
  { id: 'compare', label: 'cmd.compare', run: ({ state }) => state.setToolPanel('compare') },
  { id: 'showAll', label: 'cmd.showAll', enabled: filtered, run: ({ state }) => state.setFilters(NO_FILTERS) },
];
