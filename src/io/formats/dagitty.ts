/**
 * DAGitty model code: `dag { X [exposure,pos="0,1"] Y [outcome] X -> Y  X <-> Y }`. Variables
 * become nodes; their roles (exposure, outcome, latent, adjusted, selected) become kinds; `->`,
 * `<->` and `--` become three relation types. `pos` is in DAGitty's units: one unit is 100 px, and
 * it names the centre. Our writer adds `label` and `kind` when they differ from the name and role.
 */
import { GROUP_KIND, type TheoryModel } from '../../model/types';
import { absolutePositions, buildDocument, NOMINAL, type ForeignEdge, type ForeignNode } from './graph';
import { lineColumn } from './text';
import type { FormatModule, ReadOutcome } from './types';

const FORMAT = 'DAGitty';
const UNIT = 100;
const ROLES = ['exposure', 'outcome', 'latent', 'adjusted', 'selected'];
const EDGE: Record<string, { relation: string; arrow: 'end' | 'both' | 'none' }> = {
  '->': { relation: 'causes', arrow: 'end' },
  '<-': { relation: 'causes', arrow: 'end' },
  '<->': { relation: 'confounded', arrow: 'both' },
  '--': { relation: 'undirected', arrow: 'none' },
};

type Tok = { v: string; at: number; quoted?: boolean };
class DagError extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|(<->|->|<-|--)|([{}[\],=;])|([^\s{}[\],=;"<>-]+(?:-(?![->])[^\s{}[\],=;"<>-]+)*)/gy;
  let m: RegExpExecArray | null;
  let i = 0;
  while (i < text.length) {
    re.lastIndex = i;
    m = re.exec(text);
    if (!m || m[0].length === 0) {
      if (text[i] === '"') throw new DagError('a quoted name is never closed', i);
      throw new DagError(`unexpected "${text[i]}"`, i);
    }
    if (m[1] !== undefined) out.push({ v: m[1].replace(/\\(.)/g, '$1'), at: i, quoted: true });
    else if (m[2] || m[3] || m[4]) out.push({ v: m[0], at: i });
    i = re.lastIndex;
  }
  return out;
}

export const read: NonNullable<FormatModule['read']> = (inputs): ReadOutcome => {
  const text = inputs[0]?.text ?? '';
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof DagError)) throw error;
    const at = lineColumn(text, error.at);
    return { ok: false, error: { key: 'interop.error.syntax', params: { format: FORMAT, ...at }, ...at, details: [error.message] } };
  }
};

function parse(text: string): ReadOutcome {
  const toks = tokens(text);
  let i = 0;
  const peek = () => toks[i];
  const next = () => toks[i++];
  const expect = (v: string) => {
    const t = next();
    if (!t || t.quoted || t.v !== v) throw new DagError(`expected "${v}"`, t?.at ?? text.length);
  };
  const head = next();
  if (!head || !/^(dag|pdag|mag|pag|graph)$/.test(head.v)) throw new DagError('expected "dag {"', head?.at ?? 0);
  expect('{');
  const nodes = new Map<string, ForeignNode>();
  const edges: ForeignEdge[] = [];
  let positioned = true;
  const touch = (id: string) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, label: id }));
    return n;
  };
  const attrs = (): Record<string, string> => {
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    if (peek()?.v !== '[' || peek()?.quoted) return out;
    next();
    while (peek() && !(peek().v === ']' && !peek().quoted)) {
      const key = next();
      if (peek()?.v === '=' && !peek().quoted) { next(); const val = next(); if (!val) throw new DagError('a value is missing', key.at); out[key.v] = val.v; }
      else out[key.v] = '';
      if (peek()?.v === ',' && !peek().quoted) next();
    }
    if (!peek()) throw new DagError('"[" is never closed', text.length);
    next();
    return out;
  };
  while (peek() && !(peek().v === '}' && !peek().quoted)) {
    const t = next();
    if (t.v === ';' && !t.quoted) continue;
    if (!t.quoted && /^[{}[\],=]$|^(<->|->|<-|--)$/.test(t.v)) throw new DagError(`unexpected "${t.v}"`, t.at);
    if (peek()?.v === '=' && !peek().quoted) { next(); next(); continue; } // a graph attribute: bb="…"
    let left = t.v;
    const n = touch(left);
    const a = attrs();
    for (const role of ROLES) if (Object.hasOwn(a, role)) n.kind = role;
    if (a.kind) n.kind = a.kind === GROUP_KIND ? undefined : a.kind;
    if (a.label) n.label = a.label;
    const pos = /^\s*(-?[\d.eE+-]+)\s*,\s*(-?[\d.eE+-]+)\s*$/.exec(a.pos ?? '');
    if (pos && Number.isFinite(Number(pos[1])) && Number.isFinite(Number(pos[2]))) n.at = { x: Number(pos[1]) * UNIT - NOMINAL.width / 2, y: Number(pos[2]) * UNIT - NOMINAL.height / 2 };
    while (peek() && !peek().quoted && Object.hasOwn(EDGE, peek().v)) {
      const op = next().v;
      const r = next();
      if (!r || (!r.quoted && /^[{}[\],=;]$/.test(r.v))) throw new DagError('a variable is missing after the arrow', r?.at ?? text.length);
      touch(r.v);
      attrs();
      const kind = EDGE[op];
      edges.push(op === '<-' ? { source: r.v, target: left, ...kind } : { source: left, target: r.v, ...kind });
      left = r.v;
    }
  }
  if (!peek()) throw new DagError('"{" is never closed', text.length);
  for (const n of nodes.values()) { if (!n.at) positioned = false; n.kind ??= 'variable'; }
  if (nodes.size === 0) return { ok: false, error: { key: 'interop.error.noNodes', params: { format: FORMAT } } };
  const built = buildDocument({ format: FORMAT, nodes: [...nodes.values()], edges, positioned, relations: [{ name: 'confounded', arrow: 'both' }, { name: 'undirected', arrow: 'none' }] });
  return { ok: true, doc: built.doc, notes: built.notes, needsLayout: built.needsLayout };
}

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const name = (s: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(s) && !/^(dag|pdag|mag|pag|graph)$/.test(s) ? s : q(s));
const num = (v: number) => String(Math.round(v * 10000) / 10000);

export const write: NonNullable<FormatModule['write']> = (doc: TheoryModel) => {
  const abs = absolutePositions(doc.nodes);
  const relations = new Map(doc.vocabulary.relationTypes.map((r) => [r.id, r]));
  const lines = ['dag {'];
  for (const n of doc.nodes) {
    if (n.kind === GROUP_KIND) continue; // DAGitty has no groups
    const a = abs.get(n.id)!;
    const parts: string[] = [];
    if (ROLES.includes(n.kind)) parts.push(n.kind);
    else parts.push(`kind=${q(n.kind)}`);
    if (n.label !== n.id) parts.push(`label=${q(n.label)}`);
    parts.push(`pos=${q(`${num((a.x + NOMINAL.width / 2) / UNIT)},${num((a.y + NOMINAL.height / 2) / UNIT)}`)}`);
    lines.push(`  ${name(n.id)} [${parts.join(',')}]`);
  }
  const groups = new Set(doc.nodes.filter((n) => n.kind === GROUP_KIND).map((n) => n.id));
  for (const e of doc.edges) {
    if (groups.has(e.source) || groups.has(e.target)) continue;
    const arrow = relations.get(e.relation)?.arrow;
    lines.push(`  ${name(e.source)} ${arrow === 'both' ? '<->' : arrow === 'none' ? '--' : '->'} ${name(e.target)}`);
  }
  lines.push('}', '');
  return { text: lines.join('\n') };
};
