/**
 * How a relation type is stroked, as plain data shared by the canvas, the legend and every export
 * (issue 10: relation types must differ in print without colour). Dash lengths grow with the line
 * width, so a thick dashed line still reads as dashed.
 */
import { headGeometry } from './arrowHead';
import type { ArrowHead, ArrowStyle, LineStyle, RelationType } from './types';

export const DEFAULT_LINE_WIDTH = 1.6;

/**
 * Dash pattern in units of the line width (solid: none), as [length, gap, …]. Dotted and dash-dot
 * lines have round caps, which add half a width to each end of every dash (a 0.1 dash is a dot as
 * wide as the line), so their gaps must stay proportional to the width or the dots merge.
 */
const PATTERN: Record<LineStyle, readonly number[] | undefined> = {
  solid: undefined,
  dashed: [4.5, 3],
  dotted: [0.1, 2.6],
  dashdot: [6, 2.5, 0.1, 2.5],
  longdash: [10, 3.5],
};

/**
 * How dash lengths grow with the width: in proportion up to the default width, then with its
 * square root, so a 5 px dash-dot line still shows a whole dash, dot and gaps in a legend swatch
 * (in proportion its dash alone would be 30 px). Never below 1 px per unit.
 */
function dashUnit(width: number): number {
  const w = Math.max(width, 1);
  return w <= DEFAULT_LINE_WIDTH ? w : Math.sqrt(DEFAULT_LINE_WIDTH * w);
}

/** SVG stroke-dasharray for a pattern at a width, in px; undefined for a solid line. */
export function dashArray(line: LineStyle, width = DEFAULT_LINE_WIDTH): string | undefined {
  const pattern = PATTERN[line];
  if (!pattern) return undefined;
  const round = lineCap(line) === 'round';
  const w = Number.isFinite(width) ? width : DEFAULT_LINE_WIDTH;
  // Gaps between round caps scale with the width itself (the caps eat a width of every gap).
  const unit = (i: number) => (round && i % 2 === 1 ? Math.max(w, 1) : dashUnit(w));
  return pattern.map((n, i) => Math.round(n * unit(i) * 100) / 100).join(' ');
}

/** Dotted and dash-dot lines need round caps for their dots; the others keep square ends. */
export function lineCap(line: LineStyle): 'round' | 'butt' {
  return line === 'dotted' || line === 'dashdot' ? 'round' : 'butt';
}

export type StrokeStyle = { line: LineStyle; width: number; head: ArrowHead };

export function strokeOf(relation: Pick<RelationType, 'line' | 'width' | 'head'> | undefined): StrokeStyle {
  return { line: relation?.line ?? 'solid', width: relation?.width ?? DEFAULT_LINE_WIDTH, head: relation?.head ?? 'filled' };
}

/** Everything about a relation type's look except its colour: what a greyscale print keeps. */
export type Look = StrokeStyle & { arrow: ArrowStyle };

export function lookOf(relation: Pick<RelationType, 'line' | 'width' | 'head' | 'arrow'> | undefined): Look {
  return { ...strokeOf(relation), arrow: relation?.arrow ?? 'end' };
}

/** Widths closer than this do not read as different in a printed figure. */
export const WIDTH_STEP = 0.6;

/**
 * Whether two relation types would look the same printed in greyscale: same pattern, same
 * arrowheads at the same ends, and widths too close to tell apart. A head shape at no end counts
 * for nothing, and neither does the shape when there are no heads.
 */
export function looksAlike(a: Look, b: Look): boolean {
  const ends = (l: Look) => (l.head === 'none' ? 'none' : l.arrow);
  if (a.line !== b.line || ends(a) !== ends(b)) return false;
  if (ends(a) !== 'none' && a.head !== b.head) return false;
  return Math.abs(a.width - b.width) < WIDTH_STEP;
}

/** Pairs of relation types (by id) that would print the same in greyscale. */
export function alikePairs(relations: readonly RelationType[]): [string, string][] {
  const out: [string, string][] = [];
  relations.forEach((a, i) => {
    for (const b of relations.slice(i + 1)) if (looksAlike(lookOf(a), lookOf(b))) out.push([a.id, b.id]);
  });
  return out;
}

export type MarkerSpec = { head: ArrowHead; color: string; width: number; end: 'start' | 'end' };

/** FNV-1a over a string, 32 bits, from a seed. */
function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The id of the SVG marker for one head shape, colour, width and end. Derived from the look, not
 * from an order, so an edge object cached per element keeps the right id when the vocabulary is
 * reordered; a hash, so no user text (a colour is user data) ever becomes part of an id.
 */
export function markerId(spec: MarkerSpec): string {
  const key = `${spec.head}|${spec.color.toLowerCase()}|${spec.width}|${spec.end}`;
  return `tm-head-${fnv(key, 0x811c9dc5).toString(36)}${fnv(key, 0x1b873593).toString(36)}`;
}

/** A legend swatch's box, px: wide enough to show a long-dash pattern between two heads. */
export const SWATCH = { width: 56, height: 12, mid: 6 } as const;

/**
 * Where a swatch's line starts and ends, so each head's tip stays inside the swatch box: the
 * canvas legend and the exported legend draw heads at these points with the markers' geometry.
 */
export function swatchLine(arrow: ArrowStyle, head: ArrowHead, width: number): { x1: number; x2: number; start: boolean; end: boolean } {
  const heads = head !== 'none';
  const end = heads && arrow !== 'none';
  const start = heads && arrow === 'both';
  const reach = (on: boolean) => (on ? (headGeometry(head, width)?.reach ?? 0) : 0);
  const inset = 1 + width / 2;
  return { x1: Math.round((inset + reach(start)) * 100) / 100, x2: Math.round((SWATCH.width - inset - reach(end)) * 100) / 100, start, end };
}

/**
 * A dash offset for a swatch whose uncovered line (the part no head hides) is too short to show
 * the pattern's first gap from its start: it centres that gap on the uncovered line, so even a
 * thick long-dash line shows a gap between its heads (otherwise a 6 px long dash is one solid
 * 31 px dash there). 0 when the pattern already shows, and for solid lines.
 */
export function swatchDashOffset(line: LineStyle, width: number, geo: ReturnType<typeof swatchLine>, head: ArrowHead): number {
  const pattern = dashArray(line, width)?.split(' ').map(Number);
  if (!pattern || pattern.length < 2) return 0;
  const back = headGeometry(head, width)?.back ?? 0;
  const from = geo.x1 + (geo.start ? back : 0);
  const to = geo.x2 - (geo.end ? back : 0);
  if (pattern[0] + pattern[1] <= to - geo.x1) return 0;
  const mid = (from + to) / 2 - geo.x1;
  const period = pattern.reduce((a, b) => a + b, 0);
  const offset = (((pattern[0] + pattern[1] / 2 - mid) % period) + period) % period;
  return Math.round(offset * 100) / 100;
}
