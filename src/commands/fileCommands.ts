/**
 * Import and export (issue 5). Import reads a file chosen in the file chooser or dropped on the
 * canvas and hands its text to THE import path (`io/importModel`); nothing else parses files.
 * A refused file only adds an alert: the open model is not touched. An accepted one replaces the
 * model as one undoable step (openDocument) and any repairs are listed, never silent.
 * Image export opens the options dialog (panels/export/ExportDialog.tsx).
 */
import { translator } from '../i18n/translate';
import { importModel } from '../io/importModel';
import { fileNameFor, serializeModel } from '../io/serialize';
import { checkFileSize, DEFAULT_MAX_BYTES } from '../io/sizeCap';
import type { ImportError } from '../io/types';
import { importReason } from './importReason';
import { useAppStore, type AppState } from '../store/appStore';
import { openDocument, quotedTitle } from '../store/openDocument';
import { downloadText } from '../io/download';
import type { Command } from './types';

export const JSON_ACCEPT = '.json,application/json';
export const EXPORT_DIALOG = { png: 'export-png', svg: 'export-svg' } as const;


function refuse(fileName: string, error: ImportError): false {
  const state = useAppStore.getState();
  const t = translator(state.uiLang);
  // The English message says exactly what is wrong; the details name the JSON paths.
  state.notify('error', t('import.refused', { name: fileName, reason: importReason(t, error, state.uiLang) }), [error.message, ...(error.details ?? [])]);
  return false;
}

/**
 * Imports a file through the one import path. The size is checked BEFORE reading, so a 2 GB
 * drop is refused without reading a byte. Returns whether the model was replaced.
 */
export async function importFile(file: File, source: 'file' | 'drop'): Promise<boolean> {
  const tooLarge = checkFileSize(file, DEFAULT_MAX_BYTES, source);
  if (tooLarge) return refuse(file.name, tooLarge);
  let text: string;
  try {
    text = await file.text(); // UTF-8; a BOM is dropped by the decoder
  } catch (error) {
    return refuse(file.name, { code: 'invalid', message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  const result = importModel(text, { source });
  if (!result.ok) return refuse(file.name, result.error);
  openDocument(result.model, quotedTitle(result.model));
  if (result.report.length > 0) {
    const state = useAppStore.getState();
    const t = translator(state.uiLang);
    state.notify('warning', t('import.repaired', { count: result.report.length }), result.report.map((note) => note.message));
  }
  return true;
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
