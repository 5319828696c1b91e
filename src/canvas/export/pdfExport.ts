/**
 * PDF export: the same export SVG as the SVG download (built at scale 1, so the viewBox is the
 * figure in CSS px), handed to the lazily loaded PDF module (io/export/pdf/renderPdf.ts: jsPDF,
 * svg2pdf.js, the font subset). Vector all the way, so the canvas size limits of PNG don't apply.
 */
import type { ImageExportOptions } from '../../io/export/options';
import type { PagePlan } from '../../io/export/pdf/page';
import { buildExportSvg, ExportError, type ExportContext } from './figureExport';

export type PdfResult = { blob: Blob; page: PagePlan; ms: number; fontBytes: number };

export async function exportPdf(ctx: ExportContext, options: ImageExportOptions): Promise<PdfResult> {
  const start = performance.now();
  const { svg, title } = buildExportSvg(ctx, { ...options, resolution: { mode: 'scale', scale: 1 } });
  const { renderPdf } = await import('../../io/export/pdf/renderPdf');
  const out = await renderPdf({ svg, page: options.page, title, lang: ctx.lang });
  if (out.blob.size === 0) throw new ExportError('blank', 'The PDF came out empty.');
  const end = performance.now();
  performance.measure('tm:export:pdf', { start, end });
  return { blob: out.blob, page: out.page, ms: end - start, fontBytes: out.fontBytes };
}
