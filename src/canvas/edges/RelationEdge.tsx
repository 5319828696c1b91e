import { memo, useState, type CSSProperties, type MouseEvent } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { RelationFlowEdge } from '../../io/flow';
import { dashArray, lineCap } from '../../model/relationStyle';
import type { Point } from '../../model/types';
import { placeAt } from '../../routing/geometry';
import { drawnPoints, routePath } from '../../routing/path';
import { addBendOnRoute } from '../../store/edgeGeometryActions';
import './edges.css';
import { EdgeLabel } from './EdgeLabel';
import { useScreenToFlow } from './flowPoint';
import { provisionalGeometry, type EdgeGeometry } from './provisional';
import { useEnds, usePlanned } from './edgeInputs';
import { lazyPart } from '../lazyPart';

/** The grips of a selected edge, loaded after the first paint (issue 15). */
const SelectedEdgeHandles = lazyPart(() => import('./SelectedEdgeHandles'), 'SelectedEdgeHandles');

/** A bend being dragged (drawn live, saved on release) or none. */
export type BendDrag = { bends: Point[] } | null;

/**
 * A typed relation: colour, dash and arrowheads from its relation type; a readable label.
 * It draws the route plan's line for this edge (issue 10) while the plan fits the edge's ends as
 * drawn (routeFit.ts), and a provisional line otherwise (during a drag, before the first plan).
 */
function RelationEdgeView({ id, source, target, data, markerEnd, markerStart, selected }: EdgeProps<RelationFlowEdge>) {
  const ends = useEnds(source, target);
  const { route, style, edge } = usePlanned(id, source, target);
  const [drag, setDrag] = useState<BendDrag>(null);
  const screenToFlowPosition = useScreenToFlow();
  if (!ends || !data) return null;
  const { s: sBox, t: tBox } = ends;
  let geometry: EdgeGeometry;
  if (!drag && route) {
    const pts = route.points;
    geometry = { points: pts, label: route.label ?? placeAt(pts, 0.5, 0), start: pts[0], end: pts[pts.length - 1] };
  } else {
    geometry = provisionalGeometry(sBox, tBox, drag?.bends ?? edge?.bends ?? [], data.bend ?? 0);
    if (edge?.labelAt) geometry.label = placeAt(drawnPoints(geometry.points, style), edge.labelAt.along, edge.labelAt.offset);
  }
  // Label positions are fractions of the line as drawn (a curve sampled), as the router places them.
  const drawn = drawnPoints(geometry.points, style);
  const path = geometry.path ?? routePath(geometry.points, style);
  const css: CSSProperties = {
    stroke: data.color,
    // The relation type's own width (a selected edge gets a halo instead, edges.css).
    strokeWidth: data.width,
    strokeDasharray: dashArray(data.line, data.width),
    strokeLinecap: lineCap(data.line),
  };
  const text = data.label ?? data.relationLabel;
  // Double-clicking the line adds a bend point there (one undo step).
  const onDoubleClick = (event: MouseEvent) => {
    event.stopPropagation();
    addBendOnRoute(id, screenToFlowPosition({ x: event.clientX, y: event.clientY }), geometry.points);
  };
  return (
    <>
      <g onDoubleClick={onDoubleClick}>
        <BaseEdge id={id} path={path} style={css} markerEnd={markerEnd} markerStart={markerStart} interactionWidth={16} />
      </g>
      {selected && <SelectedEdgeHandles edgeId={id} start={geometry.start} end={geometry.end} mid={placeAt(geometry.points, 0.5, 0)} bends={edge ? (edge.bends ?? []) : undefined} points={geometry.points} onDrag={setDrag} />}
      {text && <EdgeLabel edgeId={id} text={text} at={geometry.label} points={drawn} color={data.color} selected={!!selected} missing={data.missing} look={data.look} />}
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);
