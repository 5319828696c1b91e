/**
 * Step 5b, before the schema: an edge's user-placed geometry (format v3 `bends` and `labelAt`) is
 * a decoration of the edge, not part of what the edge means, so a broken one should not refuse the
 * whole file. JSON can carry `1e999` (parsed as Infinity) and any number for `along`; the schema
 * would reject the file for either. Here such geometry is dropped (bends with a non-finite
 * coordinate; a placement with a non-finite number) or clamped (`along` into 0–1), with a note.
 * Anything else that is wrong (a string where a point should be) is still the schema's to name.
 */
import { msg } from '../../i18n/message';
import { quotedIds, type RepairNote } from '../types';

type Doc = Record<string, unknown>;

const isRecord = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonFinite = (v: unknown) => typeof v === 'number' && !Number.isFinite(v);

export function repairEdgeGeometry(doc: Doc): { doc: Doc; notes: RepairNote[] } {
  if (!Array.isArray(doc.edges)) return { doc, notes: [] };
  const dropped: string[] = [];
  const clamped: string[] = [];
  const idOf = (edge: Doc, i: number) => (typeof edge.id === 'string' ? edge.id : `edges[${i}]`);
  const edges = doc.edges.map((edge: unknown, i: number) => {
    if (!isRecord(edge)) return edge;
    let next = edge;
    const bends = edge.bends;
    if (Array.isArray(bends) && bends.some((p) => isRecord(p) && (nonFinite(p.x) || nonFinite(p.y)))) {
      const { bends: _b, ...rest } = next;
      next = rest;
      dropped.push(idOf(edge, i));
    }
    const at = edge.labelAt;
    if (isRecord(at)) {
      if (nonFinite(at.along) || nonFinite(at.offset)) {
        const { labelAt: _l, ...rest } = next;
        next = rest;
        if (!dropped.includes(idOf(edge, i))) dropped.push(idOf(edge, i));
      } else if (typeof at.along === 'number' && (at.along < 0 || at.along > 1)) {
        next = { ...next, labelAt: { ...at, along: Math.min(1, Math.max(0, at.along)) } };
        clamped.push(idOf(edge, i));
      }
    }
    return next;
  });
  const notes: RepairNote[] = [];
  if (dropped.length > 0) {
    notes.push({ code: 'bends-removed', ids: dropped, message: msg('repair.bendsNotFinite', { count: dropped.length, ids: quotedIds(dropped) }) });
  }
  if (clamped.length > 0) {
    notes.push({ code: 'label-placement-removed', ids: clamped, message: msg('repair.labelAlong', { count: clamped.length, ids: quotedIds(clamped) }) });
  }
  return notes.length === 0 ? { doc, notes } : { doc: { ...doc, edges }, notes };
}
