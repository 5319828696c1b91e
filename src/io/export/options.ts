/**
 * What the export dialog asks and what it means in pixels. A "scale" is a multiple of the canvas
 * at 100 % zoom (1 CSS px = 1 flow unit); a DPI is a print resolution at the CSS reference of
 * 96 px per inch, so 300 dpi renders 300/96 = 3.125 pixels per CSS px.
 */
import type { PageChoice } from './pdf/page';

export const SCALES = [1, 2, 3, 4] as const;
export const DPIS = [96, 150, 300] as const;
/** CSS defines 1 in = 96 px; a PNG at pixel ratio r therefore has 96·r dots per inch of figure. */
export const CSS_DPI = 96;

export type Scale = (typeof SCALES)[number];
export type Dpi = (typeof DPIS)[number];
export type Resolution = { mode: 'scale'; scale: Scale } | { mode: 'dpi'; dpi: Dpi };
export type ImageFormat = 'png' | 'svg' | 'pdf';
/**
 * How an SVG carries its text: `text` names the canvas's fonts (small, editable, but another
 * machine substitutes its own); `embed` adds the figure's subset of Noto Sans SC as an
 * `@font-face` data URL; `outline` draws every glyph as a path (looks the same in Word,
 * PowerPoint and Inkscape, which ignore `@font-face`, but is no longer editable or searchable).
 */
export type SvgFonts = 'text' | 'embed' | 'outline';
export const SVG_FONTS: readonly SvgFonts[] = ['text', 'embed', 'outline'];
export type Background = 'white' | 'transparent';

export type ImageExportOptions = {
  format: ImageFormat;
  resolution: Resolution;
  background: Background;
  /** Draw the model's title above the figure. */
  title: boolean;
  /** Draw the legend beside or below the figure. */
  legend: boolean;
  /** Black inks and light-grey fills, for greyscale print (io/export/monochrome.ts). */
  blackAndWhite: boolean;
  svgFonts: SvgFonts;
  /** The PDF page: the figure's own size, or A4/Letter with margins. */
  page: PageChoice;
};

export const DEFAULT_IMAGE_OPTIONS: ImageExportOptions = {
  format: 'png',
  resolution: { mode: 'scale', scale: 2 },
  background: 'white',
  title: true,
  legend: true,
  blackAndWhite: false,
  svgFonts: 'text',
  page: 'figure',
};

/** Device pixels per CSS px. */
export function pixelRatioOf(resolution: Resolution): number {
  return resolution.mode === 'scale' ? resolution.scale : resolution.dpi / CSS_DPI;
}

/**
 * The DPI written into the PNG for a pixel ratio. Written for scales too (2× → 192 dpi), so Word
 * and slides place every export at the canvas's physical size instead of blowing a 2× image up
 * to twice the size; after a reduction it is the DPI actually achieved, not the one asked for.
 */
export function dpiForRatio(ratio: number): number {
  return CSS_DPI * ratio;
}

export const BACKGROUND_COLOR: Record<Background, string | undefined> = { white: '#ffffff', transparent: undefined };

/** A stable key for the dialog's single "Size" select: `scale:2`, `dpi:300`. */
export function resolutionKey(r: Resolution): string {
  return r.mode === 'scale' ? `scale:${r.scale}` : `dpi:${r.dpi}`;
}

export function parseResolutionKey(key: string): Resolution | undefined {
  const [mode, value] = key.split(':');
  const n = Number(value);
  if (mode === 'scale' && (SCALES as readonly number[]).includes(n)) return { mode, scale: n as Scale };
  if (mode === 'dpi' && (DPIS as readonly number[]).includes(n)) return { mode, dpi: n as Dpi };
  return undefined;
}
