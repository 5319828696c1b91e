import { withAlpha } from '../model/colorAlpha';
import { dashArray, lineCap } from '../model/relationStyle';
import type { ArrowStyle, LineStyle, NodeShape } from '../model/types';

const RADIUS: Record<NodeShape, string> = { rectangle: '2px', rounded: '6px', pill: '999px', ellipse: '50%' };

export function KindSwatch({ color, shape }: { color: string; shape: NodeShape }) {
  return <span className="tm-swatch-kind" aria-hidden="true" style={{ borderColor: color, background: withAlpha(color, '1f'), borderRadius: RADIUS[shape] }} />;
}

/** A short line in the relation's colour and dash, with its arrowheads. Pure SVG (exports as vector). */
export function RelationSwatch({ color, line, arrow }: { color: string; line: LineStyle; arrow: ArrowStyle }) {
  return (
    <svg className="tm-swatch-relation" width="44" height="12" viewBox="0 0 44 12" aria-hidden="true">
      <line x1={arrow === 'both' ? 8 : 2} y1="6" x2={arrow === 'none' ? 42 : 34} y2="6" stroke={color} strokeWidth="1.8" strokeDasharray={dashArray(line, 1.8)} strokeLinecap={lineCap(line)} />
      {arrow !== 'none' && <path d="M34,1.5 L43,6 L34,10.5 Z" fill={color} />}
      {arrow === 'both' && <path d="M10,1.5 L1,6 L10,10.5 Z" fill={color} />}
    </svg>
  );
}
