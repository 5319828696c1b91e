/**
 * The step export itself (issue 14), loaded on first use by useStepExport.ts so that the export
 * code (SVG builder, PNG encoder, figure layout) stays out of the first load (issue 15).
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { downloadBlob } from '../../io/download';
import { FIGURE_PADDING } from '../../io/export/figureLayout';
import { imageFileName } from '../../io/export/fileNames';
import { DEFAULT_IMAGE_OPTIONS, type ImageExportOptions } from '../../io/export/options';
import { frameAround, type Rect } from '../../io/export/scene';
import type { FlowNode, RelationFlowEdge } from '../../io/flow';
import type { PresentationStep } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { currentScope, shownSteps } from '../../store/presentationActions';
import { buildExportSvg, exportPng } from '../export/figureExport';
import { figureContext } from '../export/useFigureExport';

/** Two frames: React renders the step's looks, then React Flow has drawn them. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

const numbered = (i: number, count: number) => String(i + 1).padStart(String(count).length, '0');

type Flow = ReactFlowInstance<FlowNode, RelationFlowEdge>;

/**
 * Each step is shown on the canvas in turn (its looks: what it does not show is dimmed) and
 * exported framed as it is presented — its camera frame, else its elements — titled with the
 * step's name. PNG: one file per step. PDF: one page per step, through the same lazily loaded PDF
 * code as Export PDF. The view comes back after.
 */
export async function exportSteps(flow: () => Flow, domNode: () => HTMLDivElement | null, format: 'png' | 'pdf', options: ImageExportOptions = DEFAULT_IMAGE_OPTIONS): Promise<void> {
  const frameOf = (step: PresentationStep): Rect | undefined => {
    if (step.camera) return step.camera;
    const scope = currentScope();
    const ids = scope ? [...scope.nodes] : [];
    return ids.length > 0 ? frameAround(flow().getNodesBounds(ids), FIGURE_PADDING) : undefined;
  };
  const store = useAppStore.getState();
  const before = store.stepView;
  const { steps } = shownSteps();
  const base = imageFileName(store.doc, 'pdf', options.resolution).replace(/\.pdf$/, '');
  const svgs: SVGSVGElement[] = [];
  try {
    for (const [i, step] of steps.entries()) {
      useAppStore.getState().setStepView({ mode: 'preview', index: i, notes: false });
      await painted();
      const ctx = figureContext(flow(), domNode());
      const titled = { ...ctx, doc: { ...ctx.doc, meta: { ...ctx.doc.meta, title: step.name, labels: undefined } }, frame: frameOf(step) };
      if (format === 'png') {
        const png = await exportPng(titled, { ...options, format: 'png' });
        downloadBlob(png.blob, `${base}-${numbered(i, steps.length)}.png`);
      } else {
        svgs.push(buildExportSvg(titled, { ...options, format: 'pdf', resolution: { mode: 'scale', scale: 1 } }).svg);
      }
    }
    if (format === 'pdf' && svgs.length > 0) {
      const { renderPdfPages } = await import('../../io/export/pdf/renderPdf');
      const { doc, diagramLang } = useAppStore.getState();
      const out = await renderPdfPages({ svgs, page: options.page, title: doc.meta.title, lang: diagramLang });
      downloadBlob(out.blob, `${base}-steps.pdf`);
    }
  } finally {
    useAppStore.getState().setStepView(before);
  }
}
