/**
 * PNG and SVG export of the whole model. Both build the export stage (a framed, chrome-free copy
 * of the canvas, see stage.ts) and lay out title, figure and legend with io/export/figureLayout.
 * SVG: the stage is measured and redrawn as vector. PNG: that same SVG, rasterized by the browser
 * (issue 15; it used to be html-to-image's copy of the stage). tests/e2e/export.spec.ts compares
 * a PNG with and without edges, so a rasterization that drops the lines fails.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { isUniform } from '../../io/export/blank';
import { layoutFigure, type FigureLayout, type LegendInput } from '../../io/export/figureLayout';
import { greySvg, monochromeEntries, monochromeScene } from '../../io/export/monochrome';
import { planCanvas, type CanvasPlan } from '../../io/export/limits';
import { dpiForRatio, pixelRatioOf, type ImageExportOptions } from '../../io/export/options';
import { setPngDpi } from '../../io/export/png';
import type { Rect } from '../../io/export/scene';
import { buildFigureSvg, serializeSvg, svgSize } from '../../io/export/svgDocument';
import type { FlowNode, RelationFlowEdge } from '../../io/flow';
import { legendEntries } from '../../model/legend';
import { localize } from '../../model/language';
import type { TheoryModel } from '../../model/types';
import { exportFrame } from './bounds';
import { textMeasurer } from './measureText';
import { readScene } from './readScene';
import { buildStage } from './stage';

export type ExportErrorCode = 'empty' | 'no-canvas' | 'too-large' | 'blank';

/** A failure the dialog can name in the user's language. */
export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type ExportContext = {
  flow: ReactFlowInstance<FlowNode, RelationFlowEdge>;
  /** React Flow's root element (`.react-flow`). */
  root: HTMLElement | null;
  doc: TheoryModel;
  /** The diagram language: labels, title and legend entries. */
  lang: string;
  legendHeading: string;
  /** The area to export, in flow coordinates; absent: the whole model (a presentation step passes its frame). */
  frame?: Rect;
};

/** `canvas` is undefined when no PNG of this figure fits a browser canvas at any size (SVG and PDF still can). */
export type ImagePlan = { frame: Rect; width: number; height: number; canvas: CanvasPlan | undefined };
export type PngResult = ImagePlan & { canvas: CanvasPlan; blob: Blob; dpi: number; ms: number };
export type SvgResult = { text: string; width: string; height: string; ms: number };

type Prepared = { liveViewport: HTMLElement; frame: Rect; layout: FigureLayout; title: string; font: string };

function prepare(ctx: ExportContext, options: ImageExportOptions): Prepared {
  const liveViewport = ctx.root?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!liveViewport) throw new ExportError('no-canvas', 'The canvas is not ready.');
  const nodes = ctx.flow.getNodes();
  if (nodes.length === 0) throw new ExportError('empty', 'The model has no elements to export.');
  const frame = ctx.frame ?? exportFrame(ctx.flow.getNodesBounds(nodes), liveViewport, ctx.flow.getViewport().zoom);
  const { meta } = ctx.doc;
  const title = localize(meta.title, meta.labels, ctx.lang, meta.language).text;
  const entries = legendEntries(ctx.doc, ctx.lang);
  const bw = options.blackAndWhite;
  const legend: LegendInput | undefined = options.legend
    ? { heading: ctx.legendHeading, ...entries, ...(bw ? { kinds: monochromeEntries(entries.kinds), relations: monochromeEntries(entries.relations) } : {}) }
    : undefined;
  const font = getComputedStyle(liveViewport).fontFamily;
  const layout = layoutFigure(frame, options.title ? title : undefined, legend, textMeasurer(font));
  return { liveViewport, frame, layout, title, font };
}

/** The output size for these options, without rendering anything (for the dialog's preview line). */
export function planImage(ctx: ExportContext, options: ImageExportOptions): ImagePlan {
  const { frame, layout } = prepare(ctx, options);
  let canvas: CanvasPlan | undefined;
  try {
    canvas = planCanvas(layout.width, layout.height, pixelRatioOf(options.resolution));
  } catch {
    canvas = undefined; // a node at x = 1e9: no pixel ratio fits; the dialog says so and offers SVG/PDF
  }
  return { frame, width: layout.width, height: layout.height, canvas };
}

/** Shrinks the image to ≤ 256 px and checks it is not one flat colour (a failed rasterization). */
function looksBlank(canvas: HTMLCanvasElement): boolean {
  const k = Math.min(1, 256 / Math.max(canvas.width, canvas.height));
  const small = document.createElement('canvas');
  small.width = Math.max(1, Math.round(canvas.width * k));
  small.height = Math.max(1, Math.round(canvas.height * k));
  const c = small.getContext('2d', { willReadFrequently: true });
  if (!c) return false;
  c.drawImage(canvas, 0, 0, small.width, small.height);
  return isUniform(c.getImageData(0, 0, small.width, small.height).data);
}

/** Decodes an SVG document as an image (a blob URL: no percent-encoding of a large text). */
async function loadSvgImage(text: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const toBlob = (canvas: HTMLCanvasElement) => new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));

function measure(name: string, start: number): number {
  const end = performance.now();
  performance.measure(name, { start, end });
  return end - start;
}

/**
 * PNG: the app's own SVG export (the figure read off the stage and drawn as vector, with the
 * title and legend), rasterized by the browser at the planned pixel size on one canvas of exactly
 * that size, then encoded with the DPI stamped in pHYs (issue 15). It used to be html-to-image's
 * copy of the stage with every computed style inlined (~3 ms per element, most of the time); the
 * SVG is built in tens of milliseconds. Text is drawn with the same named system fonts as the
 * canvas (an SVG image may use installed fonts; a CJK web font would cost seconds to embed).
 */
export async function exportPng(ctx: ExportContext, options: ImageExportOptions): Promise<PngResult> {
  const start = performance.now();
  const { frame, layout: planned } = prepare(ctx, options);
  let plan: CanvasPlan;
  try {
    plan = planCanvas(planned.width, planned.height, pixelRatioOf(options.resolution));
  } catch (error) {
    throw new ExportError('too-large', error instanceof Error ? error.message : String(error));
  }
  const svgStart = performance.now();
  const { svg, layout } = buildExportSvg(ctx, { ...options, resolution: { mode: 'scale', scale: 1 } });
  // The image's own size is the canvas's: the browser rasterizes the vector at that size.
  svg.setAttribute('width', String(plan.width));
  svg.setAttribute('height', String(plan.height));
  const text = serializeSvg(svg);
  measure('tm:export:png:svg', svgStart);
  const rasterStart = performance.now();
  const image = await loadSvgImage(text);
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const c = canvas.getContext('2d');
  if (!c) throw new ExportError('too-large', `The browser refused a ${plan.width} × ${plan.height} canvas.`);
  c.drawImage(image, 0, 0, plan.width, plan.height);
  measure('tm:export:png:raster', rasterStart);
  if (looksBlank(canvas)) throw new ExportError('blank', 'The rendered image is blank.');
  const encodeStart = performance.now();
  const blob = await toBlob(canvas);
  if (!blob || blob.size === 0) throw new ExportError('too-large', 'The browser could not encode an image this large.');
  const dpi = dpiForRatio(plan.ratio);
  const png = setPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  measure('tm:export:png:encode', encodeStart);
  return { frame, width: layout.width, height: layout.height, canvas: plan, blob: new Blob([png as BlobPart], { type: 'image/png' }), dpi, ms: measure('tm:export:png', start) };
}

/**
 * The export SVG as a DOM element (not serialized): the figure read off the stage, drawn as
 * vector, black and white if asked. The PDF draws this same element.
 */
export function buildExportSvg(ctx: ExportContext, options: ImageExportOptions): { svg: SVGSVGElement; layout: FigureLayout; title: string } {
  const p = prepare(ctx, options);
  const stage = buildStage(p.liveViewport, p.frame);
  try {
    let scene = readScene(stage.viewport, { nodes: ctx.flow.getNodes(), internal: (id) => ctx.flow.getInternalNode(id), edge: (id) => ctx.flow.getEdge(id) }, p.frame);
    if (options.blackAndWhite) scene = monochromeScene(scene);
    const svg = buildFigureSvg(document, { layout: p.layout, scene, resolution: options.resolution, background: options.background, font: p.font, name: p.title });
    if (options.blackAndWhite) greySvg(svg);
    return { svg, layout: p.layout, title: p.title };
  } finally {
    stage.dispose();
  }
}

/** SVG with the canvas's named fonts (synchronous; the font options need `exportSvgFile`). */
export function exportSvg(ctx: ExportContext, options: ImageExportOptions): SvgResult {
  const start = performance.now();
  const { svg, layout } = buildExportSvg(ctx, options);
  return { text: serializeSvg(svg), ...svgSize(layout, options.resolution), ms: measure('tm:export:svg', start) };
}

/** SVG with the chosen font handling: named fonts, an embedded subset, or outlines (both lazy). */
export async function exportSvgFile(ctx: ExportContext, options: ImageExportOptions): Promise<SvgResult> {
  if (options.svgFonts === 'text') return exportSvg(ctx, options);
  const start = performance.now();
  const { svg, layout } = buildExportSvg(ctx, options);
  const { applySvgFonts } = await import('../../io/export/font/svgFonts');
  await applySvgFonts(svg, options.svgFonts);
  return { text: serializeSvg(svg), ...svgSize(layout, options.resolution), ms: measure(`tm:export:svg:${options.svgFonts}`, start) };
}
