/**
 * The line drawn while no fitting route exists (during a drag, before the first plan, while a
 * bend is dragged): the floating border-to-border line, or a polyline through the bend points.
 * Cheap enough for every frame.
 */
import type { Point } from '../../model/types';
import { floatingPath, outlinePoint, type Box } from './floating';

export type EdgeGeometry = { path?: string; points: Point[]; label: Point; start: Point; end: Point };

export function provisionalGeometry(s: Box, t: Box, bends: readonly Point[], bend: number): EdgeGeometry {
  if (bends.length === 0) {
    const f = floatingPath(s, t, bend);
    const mid = { x: f.labelX, y: f.labelY };
    return { path: f.path, points: bend ? [f.start, mid, f.end] : [f.start, f.end], label: mid, start: f.start, end: f.end };
  }
  const start = outlinePoint(s, bends[0]);
  const end = outlinePoint(t, bends[bends.length - 1]);
  const points = [start, ...bends, end];
  return { points, label: points[Math.floor(points.length / 2)], start, end };
}
