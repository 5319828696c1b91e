/**
 * How a relation type is stroked, as plain data shared by the canvas, the legend and every export
 * (issue 10: relation types must differ in print without colour). Dash lengths scale with the line
 * width, so a thick dashed line still reads as dashed.
 */
import type { ArrowHead, LineStyle, RelationType } from './types';

export const DEFAULT_LINE_WIDTH = 1.6;

/** Dash pattern in units of the line width (solid: none). */
const PATTERN: Record<LineStyle, readonly number[] | undefined> = {
  solid: undefined,
  dashed: [4.5, 3],
  dotted: [0.1, 2.6],
  dashdot: [6, 2.5, 0.1, 2.5],
  longdash: [10, 3.5],
};

/** SVG stroke-dasharray for a pattern at a width, in px; undefined for a solid line. */
export function dashArray(line: LineStyle, width = DEFAULT_LINE_WIDTH): string | undefined {
  const pattern = PATTERN[line];
  if (!pattern) return undefined;
  // Patterns are drawn with round caps, which add half a width at each end of every dash.
  return pattern.map((n) => Math.round(n * Math.max(width, 1) * 100) / 100).join(' ');
}

/** Dotted and dash-dot lines need round caps for their dots; the others keep square ends. */
export function lineCap(line: LineStyle): 'round' | 'butt' {
  return line === 'dotted' || line === 'dashdot' ? 'round' : 'butt';
}

export type StrokeStyle = { line: LineStyle; width: number; head: ArrowHead };

export function strokeOf(relation: Pick<RelationType, 'line' | 'width' | 'head'> | undefined): StrokeStyle {
  return { line: relation?.line ?? 'solid', width: relation?.width ?? DEFAULT_LINE_WIDTH, head: relation?.head ?? 'filled' };
}
