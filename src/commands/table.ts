import { editorHistory } from '../store/activeEditor';
import { useAppStore } from '../store/appStore';
import { translator } from '../i18n/translate';
import { blankModel } from '../model/blank';
import { openDocument } from '../store/openDocument';
import { restorePreviousDraft } from '../store/persistence/previous';
import { desktopCommands } from './desktopCommands';
import { editCommands } from './editCommands';
import { fileCommands } from './fileCommands';
import { keyboardCommands } from './keyboardCommands';
import { layoutCommands } from './layoutCommands';
import { liveCommands } from './liveCommands';
import { modelCommands } from './modelCommands';
import { pdfCommands } from './pdfCommands';
import { placementCommands } from './placementCommands';
import { textViewCommands } from './textViewCommands';
import { presentCommands } from './presentCommands';
import { presentationCommands } from './presentationCommands';
import { vocabularyCommands } from './vocabularyCommands';
import type { Command } from './types';

/**
 * Every command, defined once. The toolbar, menus, keyboard and shortcuts help all read this
 * table; adding a command here is all it takes to put it everywhere.
 */
export const commands: Command[] = [
  // -- opening documents (issue 3, part C): replacing the model is one undoable step with a notice.
  {
    id: 'newModel',
    label: 'cmd.newModel',
    toolbar: true,
    run: ({ state }) => void openDocument(blankModel(), translator(state.uiLang)('doc.newModelName')),
  },
  {
    id: 'restorePreviousDraft',
    label: 'cmd.restorePreviousDraft',
    run: () => restorePreviousDraft(),
  },
  {
    id: 'undo',
    label: 'cmd.undo',
    shortcuts: ['Mod+Z'],
    toolbar: true,
    // In a live session the editor's history is the session's (Yjs UndoManager): only this
    // person's own changes are undone (issue 13, src/collab/liveHistory.ts).
    enabled: (_s, h) => h.canUndo,
    run: () => editorHistory().undo(),
  },
  {
    id: 'redo',
    label: 'cmd.redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    toolbar: true,
    enabled: (_s, h) => h.canRedo,
    run: () => editorHistory().redo(),
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
  // Editing: delete, clipboard, group, nudge, add, shortcuts help (issue 3, part A).
  ...editCommands,
  // The vocabulary editor (issue 3, part B).
  ...vocabularyCommands,
  // Auto-layout with ELK: the split button, its menu and cancel (issue 4).
  ...layoutCommands,
  // Import and export: JSON files, PNG and SVG images (issue 5).
  ...fileCommands,
  // Examples, templates, find and replace, checks, languages, share links (issue 6).
  ...modelCommands,
  // Live co-editing (issue 13).
  ...liveCommands,
  // Export PDF (issue 10 item 7).
  ...pdfCommands,
  // Align, distribute, snap to grid (issue 10, item 6).
  ...placementCommands,
  // The text view (issue 12 item 2).
  ...textViewCommands,
  // Focus, legend filters, compare, presentation (issue 14).
  ...presentCommands,
  // Presentation mode and its steps (issue 14 §4).
  ...presentationCommands,
  // Files on disk, the library of models, versions (issue 16).
  ...desktopCommands,
  // Connect to… and the other keyboard-only ways (issue 14 §6).
  ...keyboardCommands,
];

export function findCommand(id: string): Command | undefined {
  return commands.find((c) => c.id === id);
}
