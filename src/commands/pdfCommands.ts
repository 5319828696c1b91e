/**
 * Export PDF (issue 10 item 7): opens the export dialog with PDF chosen. The PDF itself is made by
 * canvas/export/pdfExport.ts, whose libraries load only when the user downloads one.
 */
import type { AppState } from '../store/appStore';
import type { Command } from './types';

export const EXPORT_PDF_DIALOG = 'export-pdf';

export const pdfCommands: Command[] = [
  {
    id: 'exportPdf',
    label: 'cmd.exportPdf',
    // In the File menu, not the toolbar: the toolbar keeps the commands used all the time (issue 11).
    enabled: (s: AppState) => s.doc.nodes.length > 0,
    run: ({ state }) => state.setDialog(EXPORT_PDF_DIALOG),
  },
];
