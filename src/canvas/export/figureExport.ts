/**
 * PNG and SVG export of the whole model. Both build the export stage (a framed, chrome-free copy
 * of the canvas, see stage.ts) and lay out title, figure and legend with io/export/figureLayout.
 * PNG: html-to-image turns the stage into an image, composed on one canvas with the title and
 * legend drawn by our SVG code. SVG: the stage is measured and redrawn as vector.
 *
 * html-to-image is pinned to 1.11.11: 1.11.12+ lose CSS-styled SVG, so React Flow's edges vanish
 * from the PNG and edge-label backgrounds turn black (bubkoo/html-to-image#516, xyflow#5194).
 * tests/e2e/export.spec.ts compares an export with and without edges to catch that.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import { isEmptyDataUrl, isUniform } from '../../io/export/blank';
import { layoutFigure, type FigureLayout, type LegendInput } from '../../io/export/figureLayout';
import { greySvg, monochromeEntries, monochromeScene } from '../../io/export/monochrome';
import { planCanvas, type CanvasPlan } from '../../io/export/limits';
import { BACKGROUND_COLOR, dpiForRatio, pixelRatioOf, type ImageExportOptions } from '../../io/export/options';
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
import { monochromeStage } from './monochromeStage';
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

async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  await img.decode();
  return img;
}

/**
 * One canvas of exactly the planned size (never html-to-image's `toCanvas`, which rescales past
 * 16,384 px on its own): the background, the title and legend (our SVG), and the captured figure
 * at its place in the layout, all drawn at the plan's pixel ratio.
 */
async function compose(plan: CanvasPlan, background: string | undefined, layers: { url: string; x: number; y: number; width: number; height: number }[]): Promise<HTMLCanvasElement> {
  const images = await Promise.all(layers.map((l) => loadImage(l.url)));
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('too-large', `The browser refused a ${plan.width} × ${plan.height} canvas.`);
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  const r = plan.ratio;
  layers.forEach((l, i) => ctx.drawImage(images[i], l.x * r, l.y * r, l.width * r, l.height * r));
  return canvas;
}

const toBlob = (canvas: HTMLCanvasElement) => new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
const svgUrl = (text: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;

function measure(name: string, start: number): number {
  const end = performance.now();
  performance.measure(name, { start, end });
  return end - start;
}

export async function exportPng(ctx: ExportContext, options: ImageExportOptions): Promise<PngResult> {
  const start = performance.now();
  const p = prepare(ctx, options);
  const { layout, frame } = p;
  let plan: CanvasPlan;
  try {
    plan = planCanvas(layout.width, layout.height, pixelRatioOf(options.resolution));
  } catch (error) {
    throw new ExportError('too-large', error instanceof Error ? error.message : String(error));
  }
  const stage = buildStage(p.liveViewport, frame);
  let figureUrl: string;
  try {
    if (options.blackAndWhite) monochromeStage(stage.root);
    const cloneStart = performance.now();
    figureUrl = await toSvg(stage.root, {
      width: frame.width,
      height: frame.height,
      // System CJK fonts render as they are; embedding a CJK web font takes seconds (html-to-image#448).
      skipFonts: true,
    });
    measure('tm:export:png:clone', cloneStart);
    if (isEmptyDataUrl(figureUrl)) throw new ExportError('blank', 'html-to-image returned no image.');
  } finally {
    stage.dispose();
  }
  const rasterStart = performance.now();
  const layers = [{ url: figureUrl, ...layout.figure }];
  if (layout.title || layout.legend) {
    const decorations = buildFigureSvg(document, { layout, resolution: { mode: 'scale', scale: 1 }, background: 'transparent', font: p.font, name: p.title });
    if (options.blackAndWhite) greySvg(decorations);
    layers.unshift({ url: svgUrl(serializeSvg(decorations)), x: 0, y: 0, width: layout.width, height: layout.height });
  }
  const canvas = await compose(plan, BACKGROUND_COLOR[options.background], layers);
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
