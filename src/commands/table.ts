import { history, useAppStore } from '../store/appStore';
import type { Command } from './types';

/**
 * Every command, defined once. The toolbar, menus, keyboard and shortcuts help all read this
 * table; adding a command here is all it takes to put it everywhere.
 */
export const commands: Command[] = [
  {
    id: 'undo',
    label: 'cmd.undo',
    shortcuts: ['Mod+Z'],
    toolbar: true,
    enabled: (_s, h) => h.canUndo,
    run: () => history().undo(),
  },
  {
    id: 'redo',
    label: 'cmd.redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    toolbar: true,
    enabled: (_s, h) => h.canRedo,
    run: () => history().redo(),
  },
  {
    id: 'fitView',
    label: 'cmd.fitView',
    shortcuts: ['Shift+1'],
    run: ({ services }) => services.fitView(),
  },
  {
    id: 'toggleLegend',
    label: 'cmd.toggleLegend',
    shortcuts: ['L'],
    run: ({ state }) => state.setLegendVisible(!useAppStore.getState().legendVisible),
  },
];

export function findCommand(id: string): Command | undefined {
  return commands.find((c) => c.id === id);
}
