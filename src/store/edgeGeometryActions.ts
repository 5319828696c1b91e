/**
 * Named actions for the user's edge geometry (issue 10): each is one undo step (`edit` records one
 * step when the document changes) over a pure edit in model/edgeGeometry.ts. The canvas calls
 * these when a bend or label drag ends, never per pointer move.
 */
import { addBend, moveBend, removeBend, setEdgeStyle, setLabelAt } from '../model/edgeGeometry';
import type { EdgeStyle, LabelPlacement, Point } from '../model/types';
import { projectOnto } from '../routing/geometry';
import { useAppStore } from './appStore';
import { endFieldEdit } from './fieldSession';

const edit = (change: Parameters<ReturnType<typeof useAppStore.getState>['edit']>[0]) => {
  endFieldEdit(); // an open field session must not swallow this step
  useAppStore.getState().edit(change);
};

/**
 * Adds a bend point where the user double-clicked or dragged on the drawn route, in the right
 * place among the existing bends: ordered by how far along the route each lies.
 */
export function addBendOnRoute(edgeId: string, point: Point, route: readonly Point[]) {
  const edge = useAppStore.getState().doc.edges.find((e) => e.id === edgeId);
  if (!edge) return;
  const at = projectOnto(route, point).along;
  const index = (edge.bends ?? []).filter((b) => projectOnto(route, b).along < at).length;
  edit((d) => addBend(d, edgeId, index, point));
}

export const insertEdgeBend = (edgeId: string, index: number, point: Point) => edit((d) => addBend(d, edgeId, index, point));
export const moveEdgeBend = (edgeId: string, index: number, point: Point) => edit((d) => moveBend(d, edgeId, index, point));
export const removeEdgeBend = (edgeId: string, index: number) => edit((d) => removeBend(d, edgeId, index));
export const placeEdgeLabel = (edgeId: string, at: LabelPlacement | undefined) => edit((d) => setLabelAt(d, edgeId, at));
export const chooseEdgeStyle = (style: EdgeStyle) => edit((d) => setEdgeStyle(d, style));
