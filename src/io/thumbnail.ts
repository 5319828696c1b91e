/**
 * A small picture of a model for the library list (issue 16): the boxes where they sit, groups
 * as outlines, edges as centre-to-centre lines. No text goes into it, so no user text can ever
 * become markup; the SVG is built from numbers only and shown through an <img> data: URL (the
 * CSP allows data: images), which also keeps it out of the page's DOM.
 */
import { absoluteRect, nodesById, sizeFrom, type Rect } from '../model/geometry';
import { GROUP_KIND, type TheoryModel } from '../model/types';

export const THUMB_WIDTH = 160;
export const THUMB_HEIGHT = 100;

const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : 0);

export function thumbnailSvg(doc: TheoryModel): string {
  const byId = nodesById(doc);
  const sizeOf = sizeFrom();
  const rects = new Map<string, Rect>(doc.nodes.map((node) => [node.id, absoluteRect(byId, node, sizeOf)]));
  const all = [...rects.values()];
  const minX = Math.min(...all.map((r) => r.x));
  const minY = Math.min(...all.map((r) => r.y));
  const maxX = Math.max(...all.map((r) => r.x + r.width));
  const maxY = Math.max(...all.map((r) => r.y + r.height));
  const w = Math.max(1, maxX - minX);
  const h = Math.max(1, maxY - minY);
  const pad = 6;
  const scale = all.length === 0 ? 1 : Math.min((THUMB_WIDTH - 2 * pad) / w, (THUMB_HEIGHT - 2 * pad) / h);
  const ox = pad + (THUMB_WIDTH - 2 * pad - w * scale) / 2;
  const oy = pad + (THUMB_HEIGHT - 2 * pad - h * scale) / 2;
  const at = (r: Rect) => ({ x: n(ox + (r.x - minX) * scale), y: n(oy + (r.y - minY) * scale), w: n(r.width * scale), h: n(r.height * scale) });
  const parts: string[] = [];
  for (const node of doc.nodes) {
    const r = at(rects.get(node.id)!);
    const group = node.kind === GROUP_KIND;
    parts.push(`<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" rx="2" fill="${group ? 'none' : '#dbe7f5'}" stroke="${group ? '#8a94a6' : '#4a6fa5'}" stroke-width="0.8"/>`);
  }
  for (const edge of doc.edges) {
    const a = rects.get(edge.source);
    const b = rects.get(edge.target);
    if (!a || !b) continue;
    const p = at(a);
    const q = at(b);
    parts.push(`<line x1="${n(p.x + p.w / 2)}" y1="${n(p.y + p.h / 2)}" x2="${n(q.x + q.w / 2)}" y2="${n(q.y + q.h / 2)}" stroke="#555" stroke-width="0.6"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${THUMB_WIDTH}" height="${THUMB_HEIGHT}" viewBox="0 0 ${THUMB_WIDTH} ${THUMB_HEIGHT}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
}

export const thumbnailDataUrl = (doc: TheoryModel): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(thumbnailSvg(doc))}`;
