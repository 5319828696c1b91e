import { withAlpha } from '../model/colorAlpha';
import { headGeometry } from '../model/arrowHead';
import { DEFAULT_LINE_WIDTH, dashArray, lineCap, swatchDashOffset, swatchLine, SWATCH } from '../model/relationStyle';
import type { ArrowHead, ArrowStyle, LineStyle, NodeShape } from '../model/types';

const RADIUS: Record<NodeShape, string> = { rectangle: '2px', rounded: '6px', pill: '999px', ellipse: '50%' };

export function KindSwatch({ color, shape }: { color: string; shape: NodeShape }) {
  return <span className="tm-swatch-kind" aria-hidden="true" style={{ borderColor: color, background: withAlpha(color, '1f'), borderRadius: RADIUS[shape] }} />;
}

type RelationSwatchProps = { color: string; line: LineStyle; arrow: ArrowStyle; head?: ArrowHead; width?: number };

/**
 * A short line in the relation's colour, pattern and width, with its arrowheads: the same head
 * geometry as the canvas's markers (model/arrowHead.ts) and the exported legend. Pure SVG.
 */
export function RelationSwatch({ color, line, arrow, head = 'filled', width = DEFAULT_LINE_WIDTH }: RelationSwatchProps) {
  const geo = swatchLine(arrow, head, width);
  const end = geo.end ? headGeometry(head, width, 1) : undefined;
  const start = geo.start ? headGeometry(head, width, -1) : undefined;
  const draw = (g: NonNullable<typeof end>, x: number) =>
    g.filled ? (
      <path d={g.d} transform={`translate(${x} ${SWATCH.mid})`} fill={color} />
    ) : (
      <path d={g.d} transform={`translate(${x} ${SWATCH.mid})`} fill="none" stroke={color} strokeWidth={g.stroke} strokeLinejoin="miter" strokeMiterlimit={10} />
    );
  return (
    <svg className="tm-swatch-relation" width={SWATCH.width} height={SWATCH.height} viewBox={`0 0 ${SWATCH.width} ${SWATCH.height}`} overflow="visible" aria-hidden="true">
      <line x1={geo.x1} y1={SWATCH.mid} x2={geo.x2} y2={SWATCH.mid} stroke={color} strokeWidth={width} strokeDasharray={dashArray(line, width)} strokeDashoffset={swatchDashOffset(line, width, geo, head) || undefined} strokeLinecap={lineCap(line)} />
      {end && draw(end, geo.x2)}
      {start && draw(start, geo.x1)}
    </svg>
  );
}
