/**
 * Mermaid flowcharts. Subgraphs become groups; classDef/class/`:::` name kinds (and, on edges
 * with an id, relation types); link styles become relation types by look. Mermaid has no place
 * for coordinates, so an import is laid out and says so. The writer gives every edge an id and a
 * class, so a round trip keeps ids, labels, kinds and relation types.
 */
import { GROUP_KIND, type NodeShape, type TheoryModel } from '../../model/types';
import { buildDocument, type DeclaredKind, type DeclaredRelation, type ForeignGraph } from './graph';
import { textOn } from './colors';
import { MermaidError, parseMermaid, type MGraph } from './mermaidSyntax';
import type { FormatModule, ReadOutcome } from './types';

const FORMAT = 'Mermaid';

export const read: NonNullable<FormatModule['read']> = (inputs): ReadOutcome => {
  let g: MGraph;
  try {
    g = parseMermaid(inputs[0]?.text ?? '');
  } catch (error) {
    if (error instanceof MermaidError) return { ok: false, error: { key: 'interop.error.syntax', params: { format: FORMAT, line: error.line, column: error.column }, line: error.line, column: error.column, details: [error.message] } };
    throw error;
  }
  if (g.nodes.size === 0) return { ok: false, error: { key: 'interop.error.noNodes', params: { format: FORMAT } } };
  const isStyle = (c: string) => c.startsWith('\u0000');
  const kinds: DeclaredKind[] = [];
  const relations: DeclaredRelation[] = [];
  for (const [name, c] of g.classes) {
    if (isStyle(name)) continue;
    kinds.push({ name, fill: c.fill });
    relations.push({ name, color: c.stroke, ...(c.dashed ? { line: 'dashed' } : {}), ...(c.width ? { width: c.width } : {}) });
  }
  const lost = [...g.lost];
  const foreign: ForeignGraph = {
    format: FORMAT,
    title: g.title,
    positioned: false,
    kinds,
    relations,
    lost,
    nodes: [...g.nodes.values()].map((n) => {
      const named = n.classes.find((c) => !isStyle(c));
      const own = n.classes.filter(isStyle).map((c) => g.classes.get(c)?.fill).find(Boolean);
      if (n.shapeName && !n.shape) lost.push(`shape ${n.shapeName}`);
      return { id: n.id, label: n.label ?? n.id, parent: n.parent, group: n.group, kind: named, fill: own ?? (named ? g.classes.get(named)?.fill : undefined), shape: n.shape };
    }),
    edges: g.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, label: e.label, relation: e.classes[0], color: e.color, line: e.line, arrow: e.arrow, head: e.head, width: e.width })),
  };
  const out = buildDocument(foreign);
  return { ok: true, doc: out.doc, notes: out.notes, needsLayout: true };
};

// ---------------------------------------------------------------- writing

const SAFE_ID = /^[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*$/u;
const RESERVED = /^(end|graph|flowchart|subgraph|class|classDef|style|linkStyle|click|direction|default)$/i;
const quote = (s: string) => `"${s.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/\r?\n/g, '<br>')}"`;
const BRACKETS: Record<NodeShape, [string, string]> = { rectangle: ['[', ']'], rounded: ['(', ')'], pill: ['([', '])'], ellipse: ['((', '))'] };

export const write: NonNullable<FormatModule['write']> = (doc: TheoryModel) => {
  const ids = new Map<string, string>();
  let fresh = 0;
  const taken = new Set(doc.nodes.map((n) => n.id));
  const idOf = (id: string) => {
    let out = ids.get(id);
    if (out) return out;
    if (SAFE_ID.test(id) && !RESERVED.test(id)) out = id;
    else { do out = `n${++fresh}`; while (taken.has(out)); }
    ids.set(id, out);
    return out;
  };
  const kinds = new Map(doc.vocabulary.nodeKinds.map((k) => [k.id, k]));
  const relations = new Map(doc.vocabulary.relationTypes.map((r) => [r.id, r]));
  const className = (id: string) => (SAFE_ID.test(id) ? id : `c_${[...id].map((ch) => ch.codePointAt(0)!.toString(36)).join('_')}`);
  const lines: string[] = [];
  if (doc.meta.title) lines.push('---', `title: ${JSON.stringify(doc.meta.title)}`, '---');
  lines.push(`flowchart ${doc.layout?.direction === 'DOWN' ? 'TD' : 'LR'}`);
  const declared = new Set<string>();
  for (const k of doc.vocabulary.nodeKinds) {
    declared.add(className(k.id));
    lines.push(`  classDef ${className(k.id)} fill:${k.color},color:${textOn(k.color)}`);
  }
  for (const r of doc.vocabulary.relationTypes) {
    if (declared.has(className(r.id))) continue;
    const dash = r.line && r.line !== 'solid' ? ',stroke-dasharray:5 5' : '';
    lines.push(`  classDef ${className(r.id)} stroke:${r.color}${dash}${r.width ? `,stroke-width:${r.width}px` : ''}`);
  }
  const present = new Set(doc.nodes.map((n) => n.id));
  const children = new Map<string | undefined, typeof doc.nodes>();
  for (const n of doc.nodes) {
    const key = n.parent !== undefined && present.has(n.parent) ? n.parent : undefined;
    children.set(key, [...(children.get(key) ?? []), n]);
  }
  const emit = (parent: string | undefined, indent: string, depth: number) => {
    for (const n of children.get(parent) ?? []) {
      if (n.kind === GROUP_KIND && depth < 64) {
        lines.push(`${indent}subgraph ${idOf(n.id)} [${quote(n.label)}]`);
        emit(n.id, `${indent}  `, depth + 1);
        lines.push(`${indent}end`);
        continue;
      }
      const [o, c] = BRACKETS[kinds.get(n.kind)?.shape ?? 'rectangle'];
      lines.push(`${indent}${idOf(n.id)}${o}${quote(n.label)}${c}:::${className(n.kind)}`);
    }
  };
  emit(undefined, '  ', 0);
  for (const e of doc.edges) {
    const r = relations.get(e.relation);
    const body = r?.width !== undefined && r.width >= 3 ? '==' : r?.line && r.line !== 'solid' ? '-.-' : '--';
    const end = r?.arrow === 'none' ? (body === '--' ? '-' : body === '==' ? '=' : '') : r?.head === 'circle' ? 'o' : '>';
    const start = r?.arrow === 'both' ? (r.head === 'circle' ? 'o' : '<') : '';
    const link = `${start}${body}${end}`;
    const text = e.label ? `|${quote(e.label)}|` : '';
    lines.push(`  ${idOf(e.source)} ${idOf(e.id)}@${link}${text} ${idOf(e.target)}`);
    lines.push(`  class ${idOf(e.id)} ${className(e.relation)}`);
  }
  lines.push('');
  return { text: lines.join('\n') };
};
