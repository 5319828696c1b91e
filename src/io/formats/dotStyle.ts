/** Graphviz attribute values ↔ the model's shapes, lines and arrowheads (shared by read and write). */
import type { ArrowHead, ArrowStyle, LineStyle, NodeShape } from '../../model/types';

export function shapeFromDot(shape: string | undefined, style: string | undefined): NodeShape | undefined {
  const s = shape?.toLowerCase();
  if (style && /\brounded\b/.test(style)) return 'rounded';
  if (s === 'box' || s === 'rect' || s === 'rectangle' || s === 'square') return 'rectangle';
  if (s === 'mrecord') return 'rounded';
  if (s === 'ellipse' || s === 'oval' || s === 'circle' || s === 'doublecircle' || s === 'point') return 'ellipse';
  return undefined;
}

export const SHAPE_TO_DOT: Record<NodeShape, { shape: string; style?: string }> = {
  rectangle: { shape: 'box' },
  rounded: { shape: 'box', style: 'rounded' },
  pill: { shape: 'box', style: 'rounded' },
  ellipse: { shape: 'ellipse' },
};

export function lineFromDot(style: string | undefined): LineStyle | undefined {
  if (!style) return undefined;
  if (/\bdashed\b/.test(style)) return 'dashed';
  if (/\bdotted\b/.test(style)) return 'dotted';
  return undefined;
}

export const LINE_TO_DOT: Record<LineStyle, string | undefined> = { solid: undefined, dashed: 'dashed', dotted: 'dotted', dashdot: 'dashed', longdash: 'dashed' };

export function headFromDot(name: string | undefined): ArrowHead | undefined {
  const v = name?.toLowerCase().replace(/^[lr]/, '');
  if (!v) return undefined;
  if (v === 'none') return 'none';
  if (/^(normal|inv)$/.test(v)) return 'filled';
  if (/^(vee|open|empty|onormal|oinv|crow|tee)$/.test(v)) return 'open';
  if (/diamond$/.test(v)) return 'diamond';
  if (/dot$|circle$/.test(v)) return 'circle';
  return undefined;
}

export const HEAD_TO_DOT: Record<ArrowHead, string> = { filled: 'normal', open: 'vee', diamond: 'diamond', circle: 'dot', none: 'none' };

export function arrowFromDot(dir: string | undefined, directed: boolean): ArrowStyle {
  const d = dir?.toLowerCase() ?? (directed ? 'forward' : 'none');
  if (d === 'both') return 'both';
  if (d === 'none') return 'none';
  return 'end';
}
