/**
 * Import and export (issue 5). Import reads a file chosen in the file chooser or dropped on the
 * canvas and hands its text to THE import path (`io/importModel`); nothing else parses files.
 * A refused file only adds an alert: the open model is not touched. An accepted one replaces the
 * model as one undoable step (openDocument) and any repairs are listed, never silent.
 * Image export opens the options dialog (panels/export/ExportDialog.tsx).
 */
import { afterStrings } from '../i18n/translate';
import { fileNameFor, serializeModel } from '../io/serialize';
import { importAccept } from '../io/formats/registry';
import type { AppState } from '../store/appStore';
import { downloadText } from '../io/download';
import type { Command } from './types';

export const JSON_ACCEPT = '.json,application/json';
export const EXPORT_DIALOG = { png: 'export-png', svg: 'export-svg' } as const;
/** The "Export as…" dialog: every writer of the format registry. */
export const EXPORT_AS_DIALOG = 'export-as';


/**
 * Imports a file through the format registry and the one import path (commands/formatImport.ts).
 * The size is checked BEFORE reading, so a 2 GB drop is refused without reading a byte. Returns
 * whether the model was replaced.
 */
export async function importFile(file: File, source: 'file' | 'drop'): Promise<boolean> {
  return importFiles([file], source);
}

/** The import code (decoding, the report) loads with the first import, not with the page. */
export async function importFiles(files: readonly File[], source: 'file' | 'drop'): Promise<boolean> {
  const m = await afterStrings(() => import('./formatImport'));
  return m.importFiles(files, source);
}

const hasNodes = (s: AppState) => s.doc.nodes.length > 0;

export const fileCommands: Command[] = [
  {
    id: 'importJson',
    label: 'cmd.importJson',
    toolbar: true,
    run: async ({ services }) => {
      const file = await services.pickFile(JSON_ACCEPT);
      if (file) await importFile(file, 'file');
    },
  },
  {
    // Every readable format of the registry; several files at once for a CSV pair.
    id: 'importAny',
    label: 'cmd.importAny',
    run: async ({ services }) => {
      const accept = importAccept();
      const files = services.pickFiles ? await services.pickFiles(accept) : [await services.pickFile(accept)].filter((f): f is File => f !== null);
      if (files.length > 0) await importFiles(files, 'file');
    },
  },
  {
    id: 'exportAs',
    label: 'cmd.exportAs',
    run: ({ state }) => state.setDialog(EXPORT_AS_DIALOG),
  },
  {
    id: 'exportJson',
    label: 'cmd.exportJson',
    toolbar: true,
    run: ({ state }) => downloadText(serializeModel(state.doc), fileNameFor(state.doc, 'json'), 'application/json'),
  },
  {
    id: 'exportPng',
    label: 'cmd.exportPng',
    toolbar: true,
    enabled: hasNodes,
    run: ({ state }) => state.setDialog(EXPORT_DIALOG.png),
  },
  {
    id: 'exportSvg',
    label: 'cmd.exportSvg',
    toolbar: true,
    enabled: hasNodes,
    run: ({ state }) => state.setDialog(EXPORT_DIALOG.svg),
  },
];
