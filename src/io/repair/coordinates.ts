/**
 * Positions, sizes, bends and label placements inside the figure's coordinate range
 * (model/coordinates.ts, issue 17). The schema already refuses NaN and ±Infinity, but a finite
 * 1e308 passes it, and the first sum (a child re-homed out of its parent, a node moved by a
 * layout) becomes Infinity, which Export JSON writes as `null` — a file the app then refuses.
 *   - a position outside the range is clamped to it (the node stays, at the figure's edge);
 *   - a size larger than the limit is clamped;
 *   - bend points outside the range are dropped (the route is computed again), and so is a
 *     label placement whose offset is further than LABEL_OFFSET_LIMIT (it is placed automatically).
 * Each kind of change is one note listing the ids.
 */
import { msg } from '../../i18n/message';
import { clampCoordinate, inCoordinateRange, LABEL_OFFSET_LIMIT, SIZE_LIMIT, COORDINATE_LIMIT } from '../../model/coordinates';
import type { ModelEdge, ModelNode, TheoryModel } from '../../model/types';
import { quotedIds, type RepairNote } from '../types';

const limit = COORDINATE_LIMIT.toLocaleString('en');

export function repairCoordinates(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const moved: string[] = [];
  const resized: string[] = [];
  const nodes = model.nodes.map((node): ModelNode => {
    const { x, y } = node.position;
    const okPosition = inCoordinateRange(x) && inCoordinateRange(y);
    const okSize = !node.size || (node.size.width <= SIZE_LIMIT && node.size.height <= SIZE_LIMIT);
    if (okPosition && okSize) return node;
    const next = { ...node };
    if (!okPosition) {
      moved.push(node.id);
      next.position = { x: clampCoordinate(x), y: clampCoordinate(y) };
    }
    if (!okSize && node.size) {
      resized.push(node.id);
      next.size = { width: Math.min(node.size.width, SIZE_LIMIT), height: Math.min(node.size.height, SIZE_LIMIT) };
    }
    return next;
  });

  const unbent: string[] = [];
  const unplaced: string[] = [];
  const edges = model.edges.map((edge): ModelEdge => {
    const badBends = edge.bends !== undefined && !edge.bends.every((p) => inCoordinateRange(p.x) && inCoordinateRange(p.y));
    const badLabel = edge.labelAt !== undefined && !(Number.isFinite(edge.labelAt.offset) && Math.abs(edge.labelAt.offset) <= LABEL_OFFSET_LIMIT);
    if (!badBends && !badLabel) return edge;
    const { bends, labelAt, ...rest } = edge;
    if (badBends) unbent.push(edge.id);
    if (badLabel) unplaced.push(edge.id);
    return { ...rest, ...(badBends ? {} : { bends }), ...(badLabel ? {} : { labelAt }) };
  });

  const notes: RepairNote[] = [];
  if (moved.length > 0) {
    notes.push({ code: 'coordinate-clamped', ids: moved, message: msg('repair.coordinateClamped', { count: moved.length, ids: quotedIds(moved), limit }) });
  }
  if (resized.length > 0) {
    notes.push({ code: 'size-clamped', ids: resized, message: msg('repair.sizeClamped', { count: resized.length, ids: quotedIds(resized), limit }) });
  }
  if (unbent.length > 0) {
    notes.push({ code: 'bends-removed', ids: unbent, message: msg('repair.bendsOutside', { count: unbent.length, ids: quotedIds(unbent), limit }) });
  }
  if (unplaced.length > 0) {
    const far = LABEL_OFFSET_LIMIT.toLocaleString('en');
    notes.push({ code: 'label-placement-removed', ids: unplaced, message: msg('repair.labelFar', { count: unplaced.length, ids: quotedIds(unplaced), limit: far }) });
  }
  if (notes.length === 0) return { model, notes };
  return { model: { ...model, nodes: moved.length + resized.length > 0 ? nodes : model.nodes, edges: unbent.length + unplaced.length > 0 ? edges : model.edges }, notes };
}
