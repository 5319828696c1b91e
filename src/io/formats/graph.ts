/**
 * From a foreign graph to a plain theory-model document, shared by every reader. Readers only
 * say what the file holds (nodes, edges, groups, styles, positions); this file turns style into
 * vocabulary (issue 12: the same visual style becomes the same kind or relation type, a named
 * class or type becomes a kind of that name) and writes the report of what was mapped and created.
 * The result is still untrusted: the caller passes it through importModel.
 */
import { FORMAT_NAME, FORMAT_VERSION, GROUP_KIND, type ArrowHead, type ArrowStyle, type LineStyle, type ModelEdge, type ModelNode, type NodeKind, type NodeShape, type Point, type RelationType, type Size } from '../../model/types';
import { toHex } from './colors';
import type { InteropNote } from './types';

/** The size a node is taken to have when a format gives centres (DOT, Cytoscape, DAGitty) and no size. */
export const NOMINAL: Size = { width: 120, height: 40 };

export type ForeignNode = {
  id: string;
  label?: string;
  description?: string;
  parent?: string;
  /** A container (cluster, subgraph, yEd group, draw.io container). */
  group?: boolean;
  /** Absolute top-left corner, when the format has positions. */
  at?: Point;
  size?: Size;
  /** A named kind (Mermaid class, DOT `kind`, CSV Type column): becomes a kind of that name. */
  kind?: string;
  /** Raw fill colour and shape: without a named kind, the pair decides the kind. */
  fill?: string;
  shape?: NodeShape;
};

export type ForeignEdge = {
  id?: string;
  source: string;
  target: string;
  label?: string;
  /** A named relation type (DOT `relation`, Mermaid edge class, CSV Type column). */
  relation?: string;
  color?: string;
  line?: LineStyle;
  arrow?: ArrowStyle;
  head?: ArrowHead;
  width?: number;
  /** Absolute bend points. */
  bends?: Point[];
};

/** Vocabulary the file declares by name (Mermaid classDef, our own writers' attributes). */
export type DeclaredKind = { name: string; label?: string; fill?: string; shape?: NodeShape };
export type DeclaredRelation = { name: string; label?: string; color?: string; line?: LineStyle; arrow?: ArrowStyle; head?: ArrowHead; width?: number };

export type ForeignGraph = {
  /** The format's name for messages: "Graphviz DOT". */
  format: string;
  title?: string;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  kinds?: DeclaredKind[];
  relations?: DeclaredRelation[];
  /** Whether nodes carry positions; without them the import lays the model out. */
  positioned: boolean;
  /** What the file had that the model cannot hold ("ports", "HTML labels"). */
  lost?: string[];
};

const PALETTE = ['#1f4e79', '#b45309', '#2e7d32', '#6a1b9a', '#c62828', '#00838f', '#5d4037', '#455a64'];
const DEFAULT_RELATION_COLOR = '#555555';
const GRID = { columns: 8, dx: 180, dy: 110 };
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Hands out `stem` itself while it is free, then `stem-2`, `stem-3`… (foreign ids are kept as they are). */
export function uniqueIds(taken: Iterable<string> = []): (stem: string) => string {
  const used = new Set(taken);
  return (stem) => {
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id;
  };
}

export type Built = { doc: unknown; notes: InteropNote[]; needsLayout: boolean };

export function buildDocument(g: ForeignGraph): Built {
  const notes: InteropNote[] = [];
  const nodeIds = uniqueIds(g.nodes.map((n) => n.id));
  const known = new Map<string, string>(); // foreign id → model id
  const foreign = new Map<string, ForeignNode>();
  for (const n of g.nodes) {
    if (known.has(n.id)) continue;
    known.set(n.id, n.id.trim() === '' ? nodeIds('node') : n.id);
    foreign.set(n.id, n);
  }
  // Endpoints no node statement declared (DOT, Mermaid and edge lists allow that) become nodes.
  for (const e of g.edges) for (const end of [e.source, e.target]) if (!known.has(end)) { known.set(end, end); const n = { id: end }; foreign.set(end, n); g.nodes.push(n); }
  // A parent that is not a node becomes a group of that name; one that is, becomes a group.
  for (const n of [...foreign.values()]) {
    if (n.parent === undefined) continue;
    const p = foreign.get(n.parent);
    if (p) p.group = true;
    else { const group = { id: n.parent, group: true }; foreign.set(n.parent, group); known.set(n.parent, n.parent); }
  }

  const kinds = vocabularyOfKinds(g, foreign, notes);
  const relations = vocabularyOfRelations(g, notes);

  const abs = new Map<string, Point>();
  const ordered = parentsFirst([...foreign.values()]);
  ordered.forEach((n, i) => abs.set(n.id, n.at ?? { x: (i % GRID.columns) * GRID.dx, y: Math.floor(i / GRID.columns) * GRID.dy }));
  const nodes: ModelNode[] = ordered.map((n) => {
    const a = abs.get(n.id)!;
    const p = n.parent !== undefined ? abs.get(n.parent) : undefined;
    const node: ModelNode = { id: n.id, kind: n.group ? GROUP_KIND : kinds.of(n), label: n.label ?? n.id, position: p ? { x: a.x - p.x, y: a.y - p.y } : { ...a } };
    if (n.description) node.description = n.description;
    if (n.parent !== undefined) node.parent = n.parent;
    if (n.group && n.size) node.size = { ...n.size };
    return node;
  });

  // Edge ids the file gives are kept; the others are numbered after them.
  const given = new Set<string>();
  for (const e of g.edges) if (e.id) given.add(e.id);
  const edgeIds = uniqueIds(given);
  const usedEdgeIds = new Set<string>();
  let counter = 0;
  const fresh = () => {
    let id: string;
    do id = `e${++counter}`; while (given.has(id) || usedEdgeIds.has(id));
    return edgeIds(id);
  };
  const edges: ModelEdge[] = g.edges.map((e) => {
    const id = e.id && !usedEdgeIds.has(e.id) ? e.id : fresh();
    usedEdgeIds.add(id);
    const edge: ModelEdge = { id, source: e.source, target: e.target, relation: relations.of(e) };
    if (e.label) edge.label = e.label;
    if (e.bends && e.bends.length > 0) edge.bends = e.bends.map((b) => ({ ...b }));
    return edge;
  });

  const needsLayout = !g.positioned;
  if (needsLayout) notes.push({ key: 'interop.note.laidOut', params: { format: g.format } });
  if (g.lost && g.lost.length > 0) notes.push({ key: 'interop.note.lost', params: { format: g.format, what: [...new Set(g.lost)].join(', ') } });

  const text = nodes.map((n) => n.label).join('');
  const doc = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title: g.title ?? '', language: CJK.test(text) ? 'zh-CN' : 'en', source: g.format },
    vocabulary: { nodeKinds: kinds.list, relationTypes: relations.list },
    nodes,
    edges,
  };
  return { doc, notes, needsLayout };
}

function parentsFirst(nodes: ForeignNode[]): ForeignNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: ForeignNode[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (n: ForeignNode) => {
    if (state.get(n.id)) return; // done, or a parent cycle (repair reports that one)
    state.set(n.id, 'visiting');
    const p = n.parent !== undefined ? byId.get(n.parent) : undefined;
    if (p) visit(p);
    state.set(n.id, 'done');
    out.push(n);
  };
  nodes.forEach(visit);
  return out;
}

function vocabularyOfKinds(g: ForeignGraph, nodes: Map<string, ForeignNode>, notes: InteropNote[]) {
  const declared = new Map((g.kinds ?? []).map((k) => [k.name, k]));
  const ids = uniqueIds([GROUP_KIND]);
  const byKey = new Map<string, NodeKind>();
  const list: NodeKind[] = [];
  const named: string[] = [];
  let styled = 0;
  const add = (key: string, make: () => Omit<NodeKind, 'id'> & { id?: string }) => {
    let kind = byKey.get(key);
    if (!kind) {
      const made = make();
      kind = { ...made, id: ids(made.id ?? 'kind') };
      byKey.set(key, kind);
      list.push(kind);
    }
    return kind.id;
  };
  const of = (n: ForeignNode): string => {
    if (n.kind !== undefined && n.kind.trim() !== '') {
      const name = n.kind.trim();
      return add(`name:${name}`, () => {
        named.push(name);
        const d = declared.get(name);
        const fill = toHex(d?.fill) ?? toHex(n.fill) ?? PALETTE[(named.length - 1) % PALETTE.length];
        const shape = d?.shape ?? n.shape;
        return { id: name, label: d?.label ?? name, color: fill, ...(shape ? { shape } : {}) };
      });
    }
    const fill = toHex(n.fill);
    // A colour name we cannot turn into hex still tells styles apart.
    return add(`style:${fill ?? n.fill ?? ''}|${n.shape ?? ''}`, () => {
      if (fill === undefined && n.fill === undefined && n.shape === undefined) return { id: 'node', label: 'node', color: PALETTE[0] };
      styled += 1;
      return { id: `kind`, label: [n.shape, fill ?? n.fill].filter(Boolean).join(' '), color: fill ?? PALETTE[styled % PALETTE.length], ...(n.shape ? { shape: n.shape } : {}) };
    });
  };
  for (const n of nodes.values()) if (!n.group) of(n);
  if (named.length > 0) notes.push({ key: 'interop.note.kindsNamed', params: { count: named.length, list: named.join(', ') } });
  if (styled > 0) notes.push({ key: 'interop.note.kindsStyled', params: { count: styled } });
  return { list, of: (n: ForeignNode) => of(n) };
}

function vocabularyOfRelations(g: ForeignGraph, notes: InteropNote[]) {
  const declared = new Map((g.relations ?? []).map((r) => [r.name, r]));
  const ids = uniqueIds();
  const byKey = new Map<string, RelationType>();
  const list: RelationType[] = [];
  const named: string[] = [];
  let styled = 0;
  const look = (r: { color?: string; line?: LineStyle; arrow?: ArrowStyle; head?: ArrowHead; width?: number }) => {
    const out: Partial<RelationType> = {};
    if (r.line && r.line !== 'solid') out.line = r.line;
    if (r.arrow && r.arrow !== 'end') out.arrow = r.arrow;
    if (r.head && r.head !== 'filled') out.head = r.head;
    if (r.width !== undefined && Number.isFinite(r.width)) out.width = Math.min(6, Math.max(0.5, r.width));
    return out;
  };
  const of = (e: ForeignEdge): string => {
    const name = e.relation?.trim();
    if (name) {
      const found = byKey.get(`name:${name}`);
      if (found) return found.id;
      named.push(name);
      const d = declared.get(name);
      const src = d ?? e;
      const rel: RelationType = { id: ids(name), label: d?.label ?? name, color: toHex(src.color) ?? DEFAULT_RELATION_COLOR, ...look(src) };
      byKey.set(`name:${name}`, rel);
      list.push(rel);
      return rel.id;
    }
    const color = toHex(e.color);
    const style = look(e);
    const key = `style:${color ?? ''}|${JSON.stringify(style)}`;
    const found = byKey.get(key);
    if (found) return found.id;
    const plain = color === undefined && Object.keys(style).length === 0;
    if (!plain) styled += 1;
    const label = plain ? 'link' : [style.line, style.arrow, style.head, style.width !== undefined ? `${style.width}px` : undefined, color].filter(Boolean).join(' ') || 'link';
    const rel: RelationType = { id: ids(plain ? 'link' : 'relation'), label, color: color ?? DEFAULT_RELATION_COLOR, ...style };
    byKey.set(key, rel);
    list.push(rel);
    return rel.id;
  };
  for (const e of g.edges) of(e);
  if (named.length > 0) notes.push({ key: 'interop.note.relationsNamed', params: { count: named.length, list: named.join(', ') } });
  if (styled > 0) notes.push({ key: 'interop.note.relationsStyled', params: { count: styled } });
  return { list, of: (e: ForeignEdge) => of(e) };
}

/** A document's absolute node positions (positions in the file are relative to the parent group). */
export function absolutePositions(nodes: readonly ModelNode[]): Map<string, Point> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, Point>();
  const at = (n: ModelNode, depth = 0): Point => {
    const cached = out.get(n.id);
    if (cached) return cached;
    const p = n.parent !== undefined && depth < 64 ? byId.get(n.parent) : undefined;
    const base = p ? at(p, depth + 1) : { x: 0, y: 0 };
    const abs = { x: base.x + n.position.x, y: base.y + n.position.y };
    out.set(n.id, abs);
    return abs;
  };
  nodes.forEach((n) => at(n));
  return out;
}
