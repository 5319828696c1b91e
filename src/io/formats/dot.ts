/**
 * Graphviz DOT, read with ts-graphviz's parser (its AST keeps statement order and locations, so
 * node defaults apply as Graphviz applies them and a syntax error names its line and column) and
 * written as text directly. Clusters become groups; `pos` is kept (Graphviz's y axis points up and
 * `pos` is the centre, so both flip and shift); fill, shape, style and colour become kinds and
 * relation types. The writer adds `kind` and `relation` attributes, which Graphviz ignores and our
 * reader takes as names, so a round trip keeps the vocabulary ids.
 */
import { parse, type ASTNode, type ClusterStatementASTNode, type DotASTNode, type EdgeTargetASTNode } from '@ts-graphviz/ast';
import { GROUP_KIND, type TheoryModel } from '../../model/types';
import { absolutePositions, buildDocument, NOMINAL, type ForeignEdge, type ForeignGraph, type ForeignNode } from './graph';
import { arrowFromDot, headFromDot, HEAD_TO_DOT, lineFromDot, LINE_TO_DOT, shapeFromDot, SHAPE_TO_DOT } from './dotStyle';
import { textOn } from './colors';
import { htmlToText } from './text';
import type { FormatModule, ReadOutcome } from './types';

const FORMAT = 'Graphviz DOT';
type Attrs = Record<string, string>;
/** Attribute names come from the file: no prototype, so `__proto__` or `constructor` are plain keys. */
const attrsMap = (...from: Attrs[]): Attrs => Object.assign(Object.create(null) as Attrs, ...from);

type DotSyntax = { message: string; cause?: { location?: { start?: { line: number; column: number } } } };

export const read: NonNullable<FormatModule['read']> = (inputs): ReadOutcome => {
  const text = inputs[0]?.text ?? '';
  let ast: DotASTNode;
  try {
    ast = parse(text, { maxInputSize: 0, maxASTNodes: 5_000_000 });
  } catch (error) {
    const e = error as DotSyntax;
    const at = e.cause?.location?.start;
    return at
      ? { ok: false, error: { key: 'interop.error.syntax', params: { format: FORMAT, line: at.line, column: at.column }, line: at.line, column: at.column, details: [e.message] } }
      : { ok: false, error: { key: 'interop.error.invalid', params: { format: FORMAT }, details: [String(e.message)] } };
  }
  const graph = ast.children.find((c) => c.type === 'Graph');
  if (!graph) return { ok: false, error: { key: 'interop.error.noNodes', params: { format: FORMAT } } };
  const built = readGraph(graph.children, graph.directed, graph.id?.value);
  if (built.nodes.length === 0) return { ok: false, error: { key: 'interop.error.noNodes', params: { format: FORMAT } } };
  const out = buildDocument(built);
  return { ok: true, doc: out.doc, notes: out.notes, needsLayout: out.needsLayout };
};


function attrsOf(children: readonly ASTNode[]): Attrs {
  const out = attrsMap();
  // An HTML-like label (`label=<…>`) is reduced to its text here; a quoted "<…>" stays as typed.
  for (const c of children) if (c.type === 'Attribute') out[c.key.value] = c.value.quoted === 'html' ? htmlToText(c.value.value) : c.value.value;
  return out;
}

const escapes = (label: string, id: string) =>
  label.replace(/\\[nlr]/g, '\n').replace(/\\N/g, id).replace(/\\G/g, '').replace(/\n$/, '');

function readGraph(root: readonly ClusterStatementASTNode[], directed: boolean, title: string | undefined): ForeignGraph {
  const nodes = new Map<string, { attrs: Attrs; parent?: string }>();
  const groups = new Map<string, { attrs: Attrs; parent?: string }>();
  const edges: { attrs: Attrs; source: string; target: string }[] = [];
  const lost: string[] = [];
  const graphAttrs = attrsMap();

  const touch = (id: string, defaults: Attrs, own: Attrs, parent: string | undefined) => {
    const known = nodes.get(id);
    if (!known) nodes.set(id, { attrs: attrsMap(defaults, own), parent });
    else {
      Object.assign(known.attrs, own);
      if (parent !== undefined && known.parent === undefined) known.parent = parent;
    }
  };
  const ends = (t: EdgeTargetASTNode): string[] => {
    const refs = t.type === 'NodeRef' ? [t] : t.children;
    if (refs.some((r) => r.port || r.compass)) lost.push('ports');
    return refs.map((r) => r.id.value);
  };

  const walk = (stmts: readonly ClusterStatementASTNode[], nodeDefaults: Attrs, edgeDefaults: Attrs, parent: string | undefined, scope: Attrs) => {
    let nd = nodeDefaults;
    let ed = edgeDefaults;
    for (const s of stmts) {
      if (s.type === 'AttributeList') {
        const a = attrsOf(s.children);
        if (s.kind === 'Node') nd = attrsMap(nd, a);
        else if (s.kind === 'Edge') ed = attrsMap(ed, a);
        else Object.assign(scope, a);
      } else if (s.type === 'Attribute') scope[s.key.value] = s.value.value;
      else if (s.type === 'Node') touch(s.id.value, nd, attrsOf(s.children), parent);
      else if (s.type === 'Edge') {
        const own = attrsOf(s.children);
        const chain = s.targets.map(ends);
        for (const ids of chain) for (const id of ids) touch(id, nd, {}, parent);
        for (let i = 0; i + 1 < chain.length; i++) for (const a of chain[i]) for (const b of chain[i + 1]) edges.push({ attrs: attrsMap(ed, own), source: a, target: b });
      } else if (s.type === 'Subgraph') {
        const name = s.id?.value;
        if (name !== undefined && /^cluster/i.test(name)) {
          const attrs = attrsMap();
          const groupKey = `\u0000${name}`;
          groups.set(groupKey, { attrs, parent });
          walk(s.children, nd, ed, groupKey, attrs);
        } else walk(s.children, nd, ed, parent, attrsMap());
      }
    }
  };
  walk(root, attrsMap(), attrsMap(), undefined, graphAttrs);

  // Group ids: the `id` attribute our writer adds, else the subgraph's own name.
  const groupId = new Map<string, string>();
  for (const [key, g] of groups) groupId.set(key, g.attrs.id ?? key.slice(1));
  const resolve = (p: string | undefined) => (p === undefined ? undefined : groupId.get(p));

  const foreignNodes: ForeignNode[] = [];
  let positioned = nodes.size > 0;
  for (const [key, g] of groups) {
    const n: ForeignNode = { id: groupId.get(key)!, label: g.attrs.label !== undefined ? escapes(g.attrs.label, '') : key.slice(1).replace(/^cluster_?/i, ''), group: true, parent: resolve(g.parent) };
    const bb = g.attrs.bb?.split(',').map(Number);
    if (bb && bb.length === 4 && bb.every(Number.isFinite)) {
      n.at = { x: bb[0], y: -bb[3] };
      n.size = { width: bb[2] - bb[0], height: bb[3] - bb[1] };
    }
    foreignNodes.push(n);
  }
  for (const [id, { attrs, parent }] of nodes) {
    const n: ForeignNode = { id, label: attrs.label !== undefined ? escapes(attrs.label, id) : id, parent: resolve(parent) };
    const kind = attrs.kind ?? attrs.class;
    if (kind) n.kind = kind;
    const fill = attrs.fillcolor ?? (attrs.style && /filled/.test(attrs.style) ? attrs.color : undefined) ?? attrs.color;
    if (fill) n.fill = fill.split(':')[0];
    const shape = shapeFromDot(attrs.shape, attrs.style);
    if (shape) n.shape = shape;
    else if (attrs.shape && !/^(plaintext|plain|none|record)$/i.test(attrs.shape)) lost.push(`shape=${attrs.shape}`);
    if (attrs.tooltip) n.description = attrs.tooltip;
    const pos = /^\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)/.exec(attrs.pos ?? '');
    if (pos) n.at = { x: Number(pos[1]) - NOMINAL.width / 2, y: -Number(pos[2]) - NOMINAL.height / 2 };
    else positioned = false;
    foreignNodes.push(n);
  }
  const foreignEdges: ForeignEdge[] = edges.map(({ attrs, source, target }) => {
    const e: ForeignEdge = { source, target, arrow: arrowFromDot(attrs.dir, directed) };
    if (attrs.dir === 'back') lost.push('dir=back');
    if (attrs.id) e.id = attrs.id;
    const label = attrs.label ?? attrs.xlabel;
    if (label) e.label = escapes(label, '');
    const relation = attrs.relation ?? attrs.class;
    if (relation) e.relation = relation;
    if (attrs.color) e.color = attrs.color.split(':')[0];
    const line = lineFromDot(attrs.style);
    if (line) e.line = line;
    const head = headFromDot(attrs.arrowhead);
    if (head) e.head = head;
    if (attrs.penwidth && Number.isFinite(Number(attrs.penwidth))) e.width = Number(attrs.penwidth);
    return e;
  });
  const name = title ?? (graphAttrs.label ? escapes(graphAttrs.label, '') : undefined);
  return { format: FORMAT, title: name, nodes: foreignNodes, edges: foreignEdges, positioned, lost };
}

// ---------------------------------------------------------------- writing

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
const num = (v: number) => String(Math.round(v * 100) / 100);
const attrList = (a: [string, string | undefined][]) => {
  const parts = a.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${q(v!)}`);
  return parts.length > 0 ? ` [${parts.join(', ')}]` : '';
};

export const write: NonNullable<FormatModule['write']> = (doc: TheoryModel) => {
  const kinds = new Map(doc.vocabulary.nodeKinds.map((k) => [k.id, k]));
  const relations = new Map(doc.vocabulary.relationTypes.map((r) => [r.id, r]));
  const abs = absolutePositions(doc.nodes);
  const children = new Map<string | undefined, typeof doc.nodes>();
  for (const n of doc.nodes) {
    const key = n.parent !== undefined && doc.nodes.some((p) => p.id === n.parent) ? n.parent : undefined;
    children.set(key, [...(children.get(key) ?? []), n]);
  }
  const lines: string[] = [`digraph ${q(doc.meta.title)} {`];
  const emit = (parent: string | undefined, indent: string, depth: number) => {
    for (const n of children.get(parent) ?? []) {
      const a = abs.get(n.id)!;
      if (n.kind === GROUP_KIND && depth < 64) {
        lines.push(`${indent}subgraph ${q(`cluster_${n.id}`)} {`);
        lines.push(`${indent}  id=${q(n.id)};`, `${indent}  label=${q(n.label)};`);
        if (n.size) lines.push(`${indent}  bb=${q([a.x, -(a.y + n.size.height), a.x + n.size.width, -a.y].map(num).join(','))};`);
        emit(n.id, `${indent}  `, depth + 1);
        lines.push(`${indent}}`);
        continue;
      }
      const k = kinds.get(n.kind);
      const look = k?.shape ? SHAPE_TO_DOT[k.shape] : undefined;
      const style = ['filled', look?.style].filter(Boolean).join(',');
      lines.push(
        `${indent}${q(n.id)}${attrList([
          ['label', n.label],
          ['kind', n.kind],
          ['shape', look?.shape],
          ['style', style],
          ['fillcolor', k?.color],
          ['fontcolor', k ? textOn(k.color) : undefined],
          ['tooltip', n.description],
          ['pos', `${num(a.x + NOMINAL.width / 2)},${num(-(a.y + NOMINAL.height / 2))}!`],
        ])};`,
      );
    }
  };
  emit(undefined, '  ', 0);
  for (const e of doc.edges) {
    const r = relations.get(e.relation);
    lines.push(
      `  ${q(e.source)} -> ${q(e.target)}${attrList([
        ['id', e.id],
        ['relation', e.relation],
        ['label', e.label],
        ['color', r?.color],
        ['style', r?.line ? LINE_TO_DOT[r.line] : undefined],
        ['dir', r?.arrow === 'both' ? 'both' : r?.arrow === 'none' ? 'none' : undefined],
        ['arrowhead', r?.head ? HEAD_TO_DOT[r.head] : undefined],
        ['penwidth', r?.width !== undefined ? String(r.width) : undefined],
      ])};`,
    );
  }
  lines.push('}', '');
  return { text: lines.join('\n') };
};
