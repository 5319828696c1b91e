import { memo, useMemo } from 'react';
import type { RelationFlowEdge } from '../../io/flow';
import { headBox, headGeometry } from '../../model/arrowHead';
import { markerId, type MarkerSpec } from '../../model/relationStyle';
import './edges.css';
import { ViewportLayer } from './ViewportLayer';

/** The distinct markers the edges refer to (flow.ts names them with the same `markerId`). */
export function markerSpecs(edges: readonly RelationFlowEdge[]): MarkerSpec[] {
  const specs = new Map<string, MarkerSpec>();
  const add = (spec: MarkerSpec) => {
    const id = markerId(spec);
    if (!specs.has(id)) specs.set(id, spec);
  };
  for (const { data } of edges) {
    if (!data || data.head === 'none' || data.arrow === 'none') continue;
    add({ head: data.head, color: data.color, width: data.width, end: 'end' });
    if (data.arrow === 'both') add({ head: data.head, color: data.color, width: data.width, end: 'start' });
  }
  return [...specs.values()];
}

function MarkerDef({ spec }: { spec: MarkerSpec }) {
  const dir = spec.end === 'end' ? 1 : -1;
  const g = headGeometry(spec.head, spec.width, dir);
  if (!g) return null;
  const box = headBox(g, dir);
  return (
    <marker
      id={markerId(spec)}
      markerUnits="userSpaceOnUse"
      orient="auto"
      refX={0}
      refY={0}
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      markerWidth={box.width}
      markerHeight={box.height}
    >
      {g.filled ? (
        <path d={g.d} fill={spec.color} stroke="none" />
      ) : (
        <path d={g.d} fill="none" stroke={spec.color} strokeWidth={g.stroke} strokeLinejoin="miter" strokeMiterlimit={10} />
      )}
    </marker>
  );
}

/**
 * The canvas's one set of arrowhead markers, keyed by head shape, colour, width and end. Rendered
 * into React Flow's viewport (not beside it) so the export stage, which copies the viewport, keeps
 * the markers its edges refer to and the PNG shows the same heads as the canvas.
 */
function MarkersView({ edges }: { edges: readonly RelationFlowEdge[] }) {
  const specs = markerSpecs(edges);
  const key = specs.map(markerId).join(' ');
  // Re-render the definitions only when the set of markers changes, not on every selection.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const defs = useMemo(() => specs.map((spec) => <MarkerDef key={markerId(spec)} spec={spec} />), [key]);
  return (
    <ViewportLayer>
      <svg className="tm-markers" aria-hidden="true" width="0" height="0">
        <defs>{defs}</defs>
      </svg>
    </ViewportLayer>
  );
}

export const Markers = memo(MarkersView);
