/** yEd's shape, line and arrow names ↔ the model's (read and write). */
import type { ArrowHead, LineStyle, NodeShape } from '../../model/types';

export function shapeFromYed(type: string | null | undefined): NodeShape | undefined {
  switch (type) {
    case 'rectangle': case 'rectangle3d': return 'rectangle';
    case 'roundrectangle': return 'rounded';
    case 'ellipse': return 'ellipse';
    default: return undefined;
  }
}
export const SHAPE_TO_YED: Record<NodeShape, string> = { rectangle: 'rectangle', rounded: 'roundrectangle', pill: 'roundrectangle', ellipse: 'ellipse' };

export function lineFromYed(type: string | null | undefined): LineStyle | undefined {
  switch (type) {
    case 'dashed': return 'dashed';
    case 'dotted': return 'dotted';
    case 'dashed_dotted': return 'dashdot';
    default: return undefined;
  }
}
export const LINE_TO_YED: Record<LineStyle, string> = { solid: 'line', dashed: 'dashed', dotted: 'dotted', dashdot: 'dashed_dotted', longdash: 'dashed' };

export function headFromYed(type: string | null | undefined): ArrowHead | undefined {
  if (!type || type === 'none') return type === 'none' ? 'none' : undefined;
  if (/^(standard|delta|short|crows_foot)/.test(type)) return 'filled';
  if (/^(white_delta|plain|concave|convex|skewed_dash|t_shape)/.test(type)) return 'open';
  if (/diamond/.test(type)) return 'diamond';
  if (/circle/.test(type)) return 'circle';
  return 'filled';
}
export const HEAD_TO_YED: Record<ArrowHead, string> = { filled: 'standard', open: 'plain', diamond: 'diamond', circle: 'circle', none: 'none' };
