/**
 * Whether the stored route plan still fits one edge as drawn right now. The plan as a whole is
 * stale from the first frame of a drag; but only the moved nodes' edges really changed, so each
 * edge keeps its planned route while both its ends are drawn exactly where the plan saw them
 * (and its own bends and label position are unchanged). The rest draw a provisional line.
 */
import { absolutePosition, nodesById, sizeFrom } from '../../model/geometry';
import type { ModelEdge, TheoryModel } from '../../model/types';
import type { RouteBasis } from '../../store/routeSlice';
import type { Box } from './floating';

const boxesByBasis = new WeakMap<RouteBasis, Map<string, Box>>();

/** Absolute boxes of the nodes the plan was computed for (computed once per plan). */
export function plannedBoxes(basis: RouteBasis): Map<string, Box> {
  let boxes = boxesByBasis.get(basis);
  if (!boxes) {
    const byId = nodesById({ nodes: basis.nodes } as TheoryModel);
    const sizeOf = sizeFrom(basis.measured);
    boxes = new Map(basis.nodes.map((n) => [n.id, { ...absolutePosition(byId, n.id), ...sizeOf(n) }] as const));
    boxesByBasis.set(basis, boxes);
  }
  return boxes;
}

const edgesByList = new WeakMap<readonly ModelEdge[], Map<string, ModelEdge>>();

/** The document edge with this id, by a map built once per edges array (not a scan per edge). */
export function edgeIn(edges: readonly ModelEdge[], id: string): ModelEdge | undefined {
  let map = edgesByList.get(edges);
  if (!map) {
    map = new Map(edges.map((e) => [e.id, e] as const));
    edgesByList.set(edges, map);
  }
  return map.get(id);
}

const near = (a: Box | undefined, b: Box) => !!a && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.width - b.width) < 0.5 && Math.abs(a.height - b.height) < 0.5;

export function routeFits(basis: RouteBasis, edge: ModelEdge | undefined, source: Box, target: Box): boolean {
  if (!edge || edgeIn(basis.edges, edge.id) !== edge) return false;
  const boxes = plannedBoxes(basis);
  return near(boxes.get(edge.source), source) && near(boxes.get(edge.target), target);
}
