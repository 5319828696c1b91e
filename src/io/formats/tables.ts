/**
 * Node and edge lists as tables (CSV files, Excel sheets) → a foreign graph. Column names are
 * the ones network tools use: Kumu (Label, Type, From, To), Gephi (Id, Label, Source, Target,
 * Type = Directed/Undirected), and Chinese headers (名称, 类型, 起点, 终点). A table with From/To
 * columns lists connections; any other row is an element, so one file may hold both, with Type
 * naming the kind of an element and the relation type of a connection. Headers that are not
 * recognised can be mapped explicitly (`ColumnMapping`, from the preview dialog).
 */
import { GROUP_KIND } from '../../model/types';
import type { ForeignEdge, ForeignGraph, ForeignNode } from './graph';
import type { ColumnMapping, ColumnRole, InteropNote, ReadOutcome } from './types';

export type Table = { name: string; rows: { line: number; cells: string[] }[] };

const ALIASES: Record<Exclude<ColumnRole, 'ignore'>, string[]> = {
  id: ['id', 'key', 'node id', 'nodeid', 'identifier', '标识', '编号', 'id号'],
  label: ['label', 'name', 'title', 'node', 'element', '名称', '名字', '标签', '节点', '元素'],
  kind: ['type', 'kind', 'category', 'class', 'element type', '类型', '类别', '种类'],
  from: ['from', 'source', 'start', '起点', '来源', '源', '起始', '从'],
  to: ['to', 'target', 'end', '终点', '目标', '到'],
  relation: ['relation', 'relationship', 'connection type', 'edge type', '关系', '关系类型', '联系'],
  parent: ['parent', 'group', 'container', '分组', '父节点', '所属', '组'],
  x: ['x', 'pos x', 'x position'],
  y: ['y', 'pos y', 'y position'],
  description: ['description', 'notes', 'note', 'comment', '说明', '描述', '备注'],
};

const norm = (h: string) => h.trim().toLowerCase().replace(/[_]+/g, ' ').replace(/\s+/g, ' ');

export function roleOf(header: string, mapping?: ColumnMapping): ColumnRole | undefined {
  const explicit = mapping && Object.hasOwn(mapping, header) ? mapping[header] : undefined;
  if (explicit) return explicit;
  const h = norm(header);
  for (const [role, names] of Object.entries(ALIASES)) if (names.includes(h)) return role as ColumnRole;
  return undefined;
}

/** A spreadsheet cell that begins with = + - @ could run as a formula; our writer prefixes `'`. */
export const unguard = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);
export const guard = (v: string) => (/^[=+\-@]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v);

export function readTables(format: string, tables: Table[], mapping?: ColumnMapping): ReadOutcome {
  const nodes = new Map<string, ForeignNode>();
  const byLabel = new Map<string, string>();
  const edges: ForeignEdge[] = [];
  const notes: InteropNote[] = [];
  const used = new Set<string>();
  const unknown: string[][] = [];
  let skipped = 0;
  let positioned = true;
  let anyElementTable = false;

  type Row = { line: number; get: (role: ColumnRole) => string | undefined };
  const pending: Row[] = [];
  for (const table of tables) {
    const [head, ...rows] = table.rows;
    if (!head) continue;
    const roles = head.cells.map((h) => roleOf(h, mapping));
    if (!roles.some((r) => r === 'id' || r === 'label' || r === 'from' || r === 'to')) {
      unknown.push(head.cells);
      continue;
    }
    head.cells.forEach((h, i) => roles[i] && roles[i] !== 'ignore' && used.add(h.trim()));
    const isEdges = roles.includes('from') && roles.includes('to');
    if (!isEdges) anyElementTable = true;
    for (const r of rows) {
      const get = (role: ColumnRole) => {
        const i = roles.indexOf(role);
        const v = i >= 0 ? r.cells[i]?.trim() : undefined;
        return v ? unguard(v) : undefined;
      };
      pending.push({ line: r.line, get });
    }
  }
  if (pending.length === 0 && unknown.length > 0) {
    return { ok: false, error: { key: 'interop.error.columns', params: { format, columns: unknown.flat().join(', ') } }, headers: unknown };
  }

  const connections: Row[] = [];
  for (const row of pending) {
    if (row.get('from') && row.get('to')) { connections.push(row); continue; }
    const label = row.get('label') ?? row.get('id');
    if (!label) { skipped++; continue; }
    const id = row.get('id') ?? label;
    if (nodes.has(id)) continue;
    const kind = row.get('kind');
    const n: ForeignNode = { id, label: row.get('label') ?? id };
    if (kind && kind.toLowerCase() === GROUP_KIND) n.group = true;
    else if (kind) n.kind = kind;
    const parent = row.get('parent');
    if (parent) n.parent = parent;
    const description = row.get('description');
    if (description) n.description = description;
    const x = Number(row.get('x')), y = Number(row.get('y'));
    if (row.get('x') !== undefined && row.get('y') !== undefined && Number.isFinite(x) && Number.isFinite(y)) n.at = { x, y };
    else positioned = false;
    nodes.set(id, n);
    if (!byLabel.has(n.label!)) byLabel.set(n.label!, id);
  }
  // Parents and endpoints may name an element by id or, as in Kumu, by label.
  const resolve = (ref: string) => (nodes.has(ref) ? ref : byLabel.get(ref) ?? ref);
  for (const n of nodes.values()) if (n.parent !== undefined) n.parent = resolve(n.parent);
  const directions = connections.map((c) => c.get('kind')?.toLowerCase());
  const gephi = directions.length > 0 && directions.every((d) => d === 'directed' || d === 'undirected');
  for (const c of connections) {
    const e: ForeignEdge = { source: resolve(c.get('from')!), target: resolve(c.get('to')!) };
    const id = c.get('id');
    if (id) e.id = id;
    const label = c.get('label');
    if (label) e.label = label;
    const type = c.get('relation') ?? (gephi ? undefined : c.get('kind'));
    if (type) e.relation = type;
    if (gephi && c.get('kind')?.toLowerCase() === 'undirected') e.arrow = 'none';
    edges.push(e);
  }
  if (!anyElementTable && nodes.size === 0) positioned = false;
  for (const e of edges) for (const end of [e.source, e.target]) if (!nodes.has(end)) { nodes.set(end, { id: end, label: end }); positioned = false; }
  if (nodes.size === 0) return { ok: false, error: { key: 'interop.error.noNodes', params: { format } } };
  if (used.size > 0) notes.push({ key: 'interop.note.columns', params: { list: [...used].join(', ') } });
  if (skipped > 0) notes.push({ key: 'interop.note.rowsSkipped', params: { count: skipped } });
  const graph: ForeignGraph = { format, nodes: [...nodes.values()], edges, positioned };
  return { ok: true, doc: graph, notes };
}

/** The header and rows our writers emit: one table, elements then connections. */
export const HEADER = ['Id', 'Label', 'Type', 'Parent', 'X', 'Y', 'From', 'To', 'Description'];
