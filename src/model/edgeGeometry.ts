/**
 * Pure edits of what the user chose about an edge's geometry (format v3, issue 10): bend points
 * (absolute, source to target) and the label's position (`labelAt`), and the model's edge style.
 * Each returns the same document when nothing changes, so a no-op is never an undo step.
 * Numbers are rounded to 0.1 px and must be finite; anything else is refused (same document).
 */
import type { EdgeStyle, LabelPlacement, ModelEdge, Point, TheoryModel } from './types';

const round = (n: number) => Math.round(n * 10) / 10;
const finitePoint = (p: Point) => Number.isFinite(p.x) && Number.isFinite(p.y);
const tidy = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });

function updateEdge(doc: TheoryModel, id: string, update: (edge: ModelEdge) => ModelEdge): TheoryModel {
  const index = doc.edges.findIndex((e) => e.id === id);
  if (index < 0) return doc;
  const before = doc.edges[index];
  const after = update(before);
  if (after === before) return doc;
  const edges = [...doc.edges];
  edges[index] = after;
  return { ...doc, edges };
}

/** Replaces the edge's bend points; an empty list removes the field. */
export function setBends(doc: TheoryModel, id: string, bends: readonly Point[]): TheoryModel {
  if (!bends.every(finitePoint)) return doc;
  return updateEdge(doc, id, (e) => {
    const next = bends.map(tidy);
    const old = e.bends ?? [];
    if (next.length === old.length && next.every((p, i) => p.x === old[i].x && p.y === old[i].y)) return e;
    const { bends: _drop, ...rest } = e;
    return next.length > 0 ? { ...rest, bends: next } : rest;
  });
}

/** Inserts a bend point at position `index` of the list (0 = nearest the source). */
export function addBend(doc: TheoryModel, id: string, index: number, point: Point): TheoryModel {
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge || !finitePoint(point)) return doc;
  const bends = [...(edge.bends ?? [])];
  bends.splice(Math.max(0, Math.min(bends.length, index)), 0, point);
  return setBends(doc, id, bends);
}

export function moveBend(doc: TheoryModel, id: string, index: number, point: Point): TheoryModel {
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge?.bends || index < 0 || index >= edge.bends.length) return doc;
  return setBends(doc, id, edge.bends.map((p, i) => (i === index ? point : p)));
}

export function removeBend(doc: TheoryModel, id: string, index: number): TheoryModel {
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge?.bends || index < 0 || index >= edge.bends.length) return doc;
  return setBends(doc, id, edge.bends.filter((_, i) => i !== index));
}

/** Sets (or with `undefined`, clears) where the label sits: `along` is clamped to 0–1. */
export function setLabelAt(doc: TheoryModel, id: string, at: LabelPlacement | undefined): TheoryModel {
  if (at && !(Number.isFinite(at.along) && Number.isFinite(at.offset))) return doc;
  return updateEdge(doc, id, (e) => {
    if (!at) {
      if (!e.labelAt) return e;
      const { labelAt: _drop, ...rest } = e;
      return rest;
    }
    const next = { along: Math.round(Math.max(0, Math.min(1, at.along)) * 1000) / 1000, offset: round(at.offset) };
    if (e.labelAt && e.labelAt.along === next.along && e.labelAt.offset === next.offset) return e;
    return { ...e, labelAt: next };
  });
}

/** The model's edge style (straight, orthogonal, curved). */
export function setEdgeStyle(doc: TheoryModel, style: EdgeStyle): TheoryModel {
  if (doc.style?.edges === style) return doc;
  return { ...doc, style: { ...doc.style, edges: style } };
}
