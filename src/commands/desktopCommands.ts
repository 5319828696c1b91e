/**
 * Working like a desktop app (issue 16): open a file from disk and save back to it, the library
 * of models, versions. The code behind them is loaded on first use (`import()`), so the first
 * bundle carries only this table.
 */
import { afterStrings } from '../i18n/translate';
import type { Command } from './types';

export const DESKTOP_DIALOGS = { library: 'library', saveVersion: 'save-version' } as const;

const files = () => afterStrings(() => import('../store/files/save'));

export const desktopCommands: Command[] = [
  { id: 'openFile', label: 'cmd.openFile', shortcuts: ['Mod+O'], run: async () => (await afterStrings(() => import('./diskOpen'))).openFromDisk() },
  { id: 'saveFile', label: 'cmd.saveFile', shortcuts: ['Mod+S'], run: async () => void (await (await files()).saveFile()) },
  { id: 'saveFileAs', label: 'cmd.saveFileAs', shortcuts: ['Mod+Shift+S'], run: async () => void (await (await files()).saveFileAs()) },
  { id: 'openLibrary', label: 'cmd.openLibrary', run: ({ state }) => state.setDialog(DESKTOP_DIALOGS.library) },
  { id: 'addToLibrary', label: 'cmd.addToLibrary', run: async () => void (await (await afterStrings(() => import('../store/library/libraryActions'))).addCurrentToLibrary()) },
  {
    id: 'toggleLibraryPanel',
    label: 'cmd.libraryPanel',
    run: ({ state }) => state.setToolPanel(state.toolPanel === 'library' ? null : 'library'),
  },
  { id: 'saveVersion', label: 'cmd.saveVersion', run: ({ state }) => state.setDialog(DESKTOP_DIALOGS.saveVersion) },
];
