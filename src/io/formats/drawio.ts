/**
 * draw.io / diagrams.net files, read only: `<mxfile>` with plain or compressed pages (base64 of
 * raw DEFLATE of the URI-encoded XML, inflated with fflate), or a bare `<mxGraphModel>`. Vertices
 * become nodes, containers (swimlanes, groups, vertices with children) groups, edges edges; the
 * style string's fill colour and shape become kinds, its stroke, dash and arrows relation types.
 * HTML labels are reduced to text by a tokenizer (text.ts), never parsed as HTML or shown as markup.
 */
import { inflateSync, strFromU8 } from 'fflate';
import type { ArrowHead, NodeShape, Point } from '../../model/types';
import { buildDocument, type ForeignEdge, type ForeignNode } from './graph';
import { htmlToText } from './text';
import { childrenNamed, parseXml } from './xml';
import type { FormatError, FormatModule, ReadOutcome } from './types';

const FORMAT = 'draw.io';

export function parseStyle(style: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  style.split(';').forEach((part, i) => {
    const eq = part.indexOf('=');
    if (eq < 0) { if (part.trim() && i === 0) out[''] = part.trim(); else if (part.trim()) out[part.trim()] = '1'; }
    else out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  });
  return out;
}

function shapeOf(s: Record<string, string>): NodeShape | undefined {
  const name = s.shape ?? s[''];
  if (name === 'ellipse' || s.ellipse === '1' || name === 'doubleEllipse') return 'ellipse';
  if (s.rounded === '1' && s.arcSize && Number(s.arcSize) >= 40) return 'pill';
  if (s.rounded === '1') return 'rounded';
  if (!name || name === 'rect' || name === 'rectangle' || name === 'label' || name === 'text') return 'rectangle';
  return undefined;
}

function headOf(arrow: string | undefined): ArrowHead | undefined {
  if (arrow === undefined) return undefined;
  if (arrow === 'none' || arrow === '') return 'none';
  if (/^(classic|block|classicThin|blockThin)$/.test(arrow)) return 'filled';
  if (/^(open|openThin|openAsync|async)$/.test(arrow)) return 'open';
  if (/diamond/i.test(arrow)) return 'diamond';
  if (/oval|circle/i.test(arrow)) return 'circle';
  return 'filled';
}

/** The page's `<mxGraphModel>`: a child element, or the compressed text of `<diagram>`. */
function modelOf(doc: Document): { model?: Element; error?: FormatError; pages: number } {
  const root = doc.documentElement;
  if (root.localName === 'mxGraphModel') return { model: root, pages: 1 };
  if (root.localName !== 'mxfile') return { error: { key: 'interop.error.notFormat', params: { format: FORMAT, what: '<mxfile>' } }, pages: 0 };
  const pages = childrenNamed(root, 'diagram');
  const page = pages[0];
  if (!page) return { error: { key: 'interop.error.notFormat', params: { format: FORMAT, what: '<diagram>' } }, pages: 0 };
  const inline = childrenNamed(page, 'mxGraphModel')[0];
  if (inline) return { model: inline, pages: pages.length };
  const packed = (page.textContent ?? '').trim();
  let xml: string;
  try {
    const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
    xml = decodeURIComponent(strFromU8(inflateSync(bytes)));
  } catch (error) {
    return { error: { key: 'interop.error.invalid', params: { format: FORMAT }, details: [`compressed page: ${error instanceof Error ? error.message : String(error)}`] }, pages: 0 };
  }
  const inner = parseXml(xml, FORMAT);
  if (!inner.ok) return { error: inner.error, pages: 0 };
  return inner.doc.documentElement.localName === 'mxGraphModel' ? { model: inner.doc.documentElement, pages: pages.length } : { error: { key: 'interop.error.notFormat', params: { format: FORMAT, what: '<mxGraphModel>' } }, pages: 0 };
}

type Cell = { id: string; parent?: string; value: string; style: Record<string, string>; vertex: boolean; edge: boolean; source?: string; target?: string; geo?: Element };

export const read: NonNullable<FormatModule['read']> = (inputs): ReadOutcome => {
  const parsed = parseXml(inputs[0]?.text ?? '', FORMAT);
  if (!parsed.ok) return parsed;
  const { model, error, pages } = modelOf(parsed.doc);
  if (!model) return { ok: false, error: error! };
  const root = childrenNamed(model, 'root')[0];
  if (!root) return { ok: false, error: { key: 'interop.error.notFormat', params: { format: FORMAT, what: '<root>' } } };
  const lost: string[] = pages > 1 ? ['pages after the first'] : [];
  const cells: Cell[] = [];
  for (const el of Array.from(root.children)) {
    // `<UserObject label=… id=…><mxCell …/></UserObject>` (and `<object>`) wrap a cell with extra data.
    const wrapped = el.localName === 'mxCell' ? undefined : childrenNamed(el, 'mxCell')[0];
    const cell = el.localName === 'mxCell' ? el : wrapped;
    if (!cell) continue;
    const style = parseStyle(cell.getAttribute('style') ?? '');
    const raw = (wrapped ? el.getAttribute('label') : cell.getAttribute('value')) ?? '';
    cells.push({
      id: (wrapped ? el.getAttribute('id') : cell.getAttribute('id')) ?? '',
      parent: cell.getAttribute('parent') ?? undefined,
      value: style.html === '1' || /<[a-z][^>]*>/i.test(raw) ? htmlToText(raw) : raw,
      style,
      vertex: cell.getAttribute('vertex') === '1',
      edge: cell.getAttribute('edge') === '1',
      source: cell.getAttribute('source') ?? undefined,
      target: cell.getAttribute('target') ?? undefined,
      geo: childrenNamed(cell, 'mxGeometry')[0],
    });
  }
  const byId = new Map(cells.map((c) => [c.id, c]));
  const edgeIds = new Set(cells.filter((c) => c.edge).map((c) => c.id));
  // Labels placed on edges are vertices whose parent is the edge.
  const edgeLabels = new Map<string, string>();
  const vertices = cells.filter((c) => {
    if (!c.vertex) return false;
    if (c.parent !== undefined && edgeIds.has(c.parent)) { if (c.value) edgeLabels.set(c.parent, [edgeLabels.get(c.parent), c.value].filter(Boolean).join('\n')); return false; }
    return true;
  });
  const hasChildren = new Set(vertices.map((v) => v.parent).filter((p): p is string => p !== undefined && byId.get(p)?.vertex === true));
  const abs = new Map<string, Point>();
  const at = (c: Cell, depth = 0): Point => {
    const known = abs.get(c.id);
    if (known) return known;
    const x = Number(c.geo?.getAttribute('x') ?? 0) || 0, y = Number(c.geo?.getAttribute('y') ?? 0) || 0;
    const p = c.parent !== undefined ? byId.get(c.parent) : undefined;
    const base = p?.vertex && depth < 64 ? at(p, depth + 1) : { x: 0, y: 0 };
    const out = { x: base.x + x, y: base.y + y };
    abs.set(c.id, out);
    return out;
  };
  const nodes: ForeignNode[] = vertices.map((c) => {
    const group = hasChildren.has(c.id) || c.style[''] === 'swimlane' || c.style[''] === 'group' || c.style.container === '1' || c.style.swimlane === '1';
    const n: ForeignNode = { id: c.id, label: c.value, at: at(c), group };
    if (c.parent !== undefined && byId.get(c.parent)?.vertex) n.parent = c.parent;
    if (group) n.size = { width: Number(c.geo?.getAttribute('width') ?? 200), height: Number(c.geo?.getAttribute('height') ?? 120) };
    const fill = c.style.fillColor;
    if (fill && fill !== 'none') n.fill = fill;
    const shape = shapeOf(c.style);
    if (shape) n.shape = shape;
    else if (!group) lost.push(`shape ${c.style.shape ?? c.style['']}`);
    return n;
  });
  const vertexIds = new Set(vertices.map((v) => v.id));
  let dangling = 0;
  const edges: ForeignEdge[] = [];
  for (const c of cells) {
    if (!c.edge) continue;
    if (!c.source || !c.target || !vertexIds.has(c.source) || !vertexIds.has(c.target)) { dangling++; continue; }
    const s = c.style;
    const end = headOf(s.endArrow ?? 'classic');
    const start = headOf(s.startArrow ?? 'none');
    const e: ForeignEdge = { id: c.id, source: c.source, target: c.target, arrow: end !== 'none' && start !== 'none' ? 'both' : end !== 'none' ? 'end' : start !== 'none' ? 'end' : 'none' };
    if (end === 'none' && start !== 'none') { e.source = c.target; e.target = c.source; }
    const head = end !== 'none' ? end : start;
    if (head && head !== 'none' && head !== 'filled') e.head = head;
    const label = [c.value, edgeLabels.get(c.id)].filter(Boolean).join('\n');
    if (label) e.label = label;
    if (s.strokeColor && s.strokeColor !== 'none') e.color = s.strokeColor;
    if (s.dashed === '1') e.line = s.dashPattern && /^1 [2-9]/.test(s.dashPattern) ? 'dotted' : 'dashed';
    if (s.strokeWidth && Number(s.strokeWidth) !== 1) e.width = Number(s.strokeWidth);
    const points = c.geo ? childrenNamed(c.geo, 'Array').filter((x) => x.getAttribute('as') === 'points').flatMap((x) => childrenNamed(x, 'mxPoint')) : [];
    const bends = points.map((p) => ({ x: Number(p.getAttribute('x') ?? 0), y: Number(p.getAttribute('y') ?? 0) }));
    if (bends.length > 0 && bends.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))) e.bends = bends;
    edges.push(e);
  }
  if (dangling > 0) lost.push(`${dangling} unconnected edge(s)`);
  if (nodes.length === 0) return { ok: false, error: { key: 'interop.error.noNodes', params: { format: FORMAT } } };
  const title = parsed.doc.documentElement.localName === 'mxfile' ? childrenNamed(parsed.doc.documentElement, 'diagram')[0]?.getAttribute('name') ?? undefined : undefined;
  const built = buildDocument({ format: FORMAT, title, nodes, edges, positioned: true, lost });
  return { ok: true, doc: built.doc, notes: built.notes, needsLayout: false };
};
