/**
 * A small reader of Mermaid's flowchart syntax (no published parser covers flowcharts:
 * `@mermaid-js/parser` has no flowchart grammar, and `mermaid` itself brings the renderer). It
 * reads what a model needs — nodes and their shapes, chains of links with `&`, link text in both
 * forms, edge ids (`e1@-->`), subgraphs, classDef/class/`:::`, style and linkStyle — and reports
 * the first thing it does not understand with its line and column. `click` and other interactive
 * statements are skipped, never run.
 */
import { logicalLines, markdownText } from './mermaidLines';
import type { ArrowHead, ArrowStyle, LineStyle, NodeShape } from '../../model/types';

export type MNode = { id: string; label?: string; shape?: NodeShape; shapeName?: string; classes: string[]; parent?: string; group?: boolean };
export type MEdge = { id?: string; source: string; target: string; label?: string; line: LineStyle; arrow: ArrowStyle; head?: ArrowHead; width?: number; classes: string[]; color?: string };
export type MClass = { fill?: string; stroke?: string; dashed?: boolean; width?: number };
export type MGraph = { title?: string; nodes: Map<string, MNode>; edges: MEdge[]; classes: Map<string, MClass>; lost: string[] };
export class MermaidError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

const SHAPES: [open: string, close: string, shape: NodeShape | undefined, name: string][] = [
  ['(((', ')))', 'ellipse', 'double circle'],
  ['((', '))', 'ellipse', 'circle'],
  ['([', '])', 'pill', 'stadium'],
  ['[[', ']]', 'rectangle', 'subroutine'],
  ['[(', ')]', undefined, 'cylinder'],
  ['{{', '}}', undefined, 'hexagon'],
  ['[/', '/]', undefined, 'parallelogram'],
  ['[\\', '\\]', undefined, 'parallelogram'],
  ['[/', '\\]', undefined, 'trapezoid'],
  ['[\\', '/]', undefined, 'trapezoid'],
  ['[', ']', 'rectangle', 'rectangle'],
  ['(', ')', 'rounded', 'rounded'],
  ['{', '}', undefined, 'rhombus'],
  ['>', ']', undefined, 'flag'],
];

/** Mermaid's entity codes (`#quot;`, `#35;`) and `<br>` in labels. */
export function mermaidText(raw: string): string {
  let t = raw.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) t = t.slice(1, -1);
  // A "Markdown string" (`…` in quotes): its line breaks are breaks, its bold and italics plain text.
  if (t.startsWith('`') && t.endsWith('`') && t.length >= 2) t = markdownText(t.slice(1, -1));
  return t
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/#(\d+);/g, (w, n: string) => (Number(n) > 0 && Number(n) < 0x110000 ? String.fromCodePoint(Number(n)) : w))
    .replace(/#(quot|amp|lt|gt|nbsp);/g, (_w, n: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ' })[n] ?? '');
}

const ID = /^[\p{L}\p{N}_]+(?:-(?![-.>xo]?[-.>=])[\p{L}\p{N}_]+)*/u;
// A link: optional start marker, the line, optional end marker; longest first by construction.
const LINK = /^(?:([<ox])?(-{2,}|={2,}|-\.+-)([>ox])?)(?:\|([^|]*)\|)?/;
const TEXT_LINK = /^([<ox])?(--|==|-\.)(?![-=.>])\s*((?:"[^"]*"|[^-=.>|\n])+?)\s*(-{2,}|={2,}|\.-+|\.+-)([>ox])?/;

type Cursor = { s: string; i: number; line: number; col0: number };
const err = (c: Cursor, message: string) => new MermaidError(message, c.line, c.col0 + c.i + 1);
const skipWs = (c: Cursor) => { while (c.i < c.s.length && /[ \t]/.test(c.s[c.i])) c.i++; };

export function parseMermaid(text: string): MGraph {
  const g: MGraph = { nodes: new Map(), edges: [], classes: new Map(), lost: [] };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let n = 0;
  // Front matter: `---\ntitle: …\n---`.
  if (lines[0]?.trim() === '---') {
    for (n = 1; n < lines.length && lines[n].trim() !== '---'; n++) {
      const m = /^\s*title:\s*(.*)$/.exec(lines[n]);
      if (m) g.title = m[1].trim().replace(/^["']|["']$/g, '');
    }
    n++;
  }
  const stack: string[] = [];
  let header = false;
  let subgraphs = 0;
  const linkStyles: { index: number | 'default'; style: MClass }[] = [];
  const edgeClasses: [id: string, cls: string][] = [];

  for (const [raw, lineNo] of logicalLines(lines, n)) {
    for (const [part, offset] of statements(raw)) {
      const c: Cursor = { s: part, i: 0, line: lineNo, col0: offset };
      skipWs(c);
      const rest = part.slice(c.i);
      if (rest === '' || rest.startsWith('%%')) continue;
      if (!header) {
        if (!/^(flowchart|graph)\b/.test(rest)) throw err(c, 'expected "flowchart" or "graph"');
        header = true;
        continue;
      }
      let m: RegExpExecArray | null;
      if ((m = /^subgraph\b\s*(.*)$/.exec(rest))) {
        const body = m[1].trim();
        const idm = /^([\p{L}\p{N}_-]+)\s*\[(.*)\]\s*$/u.exec(body);
        const id = idm ? idm[1] : /^[\p{L}\p{N}_-]+$/u.test(body) ? body : `subgraph${++subgraphs}`;
        const label = idm ? mermaidText(idm[2]) : body === '' ? id : mermaidText(body);
        const node = ensure(g, id);
        node.group = true;
        node.label = label;
        if (stack.length > 0) node.parent = stack[stack.length - 1];
        stack.push(id);
        continue;
      }
      if (/^end\s*$/.test(rest)) {
        if (stack.length === 0) throw err(c, '"end" without a subgraph');
        stack.pop();
        continue;
      }
      if (/^direction\s/.test(rest)) continue;
      if ((m = /^classDef\s+(\S+)\s+(.*)$/.exec(rest))) {
        for (const name of m[1].split(',')) g.classes.set(name, cssStyle(m[2]));
        continue;
      }
      if ((m = /^class\s+(\S+)\s+(\S+)\s*$/.exec(rest))) {
        for (const id of m[1].split(',')) {
          // An id may name a node and an edge at once; a node's kind is its first class, so both can take it.
          g.nodes.get(id)?.classes.push(m[2]);
          edgeClasses.push([id, m[2]]);
        }
        continue;
      }
      if ((m = /^style\s+(\S+)\s+(.*)$/.exec(rest))) {
        const cls = `\u0000style:${m[1]}`;
        g.classes.set(cls, cssStyle(m[2]));
        ensure(g, m[1]).classes.unshift(cls);
        continue;
      }
      if ((m = /^linkStyle\s+(\S+)\s+(.*)$/.exec(rest))) {
        const style = cssStyle(m[2]);
        for (const ix of m[1].split(',')) linkStyles.push({ index: ix === 'default' ? 'default' : Number(ix), style });
        continue;
      }
      if (/^(click|accTitle|accDescr|callback|href)\b/.test(rest)) { g.lost.push('click/links'); continue; }
      statement(g, c, stack[stack.length - 1]);
    }
  }
  if (!header) throw new MermaidError('expected "flowchart" or "graph"', 1, 1);
  if (stack.length > 0) throw new MermaidError(`subgraph "${stack[stack.length - 1]}" has no "end"`, lines.length, 1);
  const byId = new Map(g.edges.flatMap((e) => (e.id ? [[e.id, e] as const] : [])));
  for (const [id, cls] of edgeClasses) byId.get(id)?.classes.push(cls);
  for (const { index, style } of linkStyles) {
    const targets = index === 'default' ? g.edges : g.edges[index] ? [g.edges[index]] : [];
    for (const e of targets) {
      if (style.stroke) e.color = style.stroke;
      if (style.dashed) e.line = 'dashed';
      if (style.width) e.width = style.width;
    }
  }
  return g;
}

/** Splits a line at `;` outside quotes and brackets, with each part's column offset. */
function* statements(line: string): Generator<[string, number]> {
  let start = 0;
  let quote = false;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quote = !quote;
    else if (!quote && '[({'.includes(ch)) depth++;
    else if (!quote && '])}'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (!quote && depth === 0 && ch === ';') { yield [line.slice(start, i), start]; start = i + 1; }
    else if (!quote && depth === 0 && ch === '%' && line[i + 1] === '%') { yield [line.slice(start, i), start]; return; }
  }
  yield [line.slice(start), start];
}

function cssStyle(text: string): MClass {
  const out: MClass = {};
  for (const part of text.replace(/;\s*$/, '').split(/[,;]/)) {
    const [k, v] = part.split(':').map((s) => s.trim());
    if (k === 'fill') out.fill = v;
    else if (k === 'stroke') out.stroke = v;
    else if (k === 'stroke-dasharray') out.dashed = true;
    else if (k === 'stroke-width') out.width = Number.parseFloat(v) || undefined;
  }
  return out;
}

function ensure(g: MGraph, id: string): MNode {
  let node = g.nodes.get(id);
  if (!node) g.nodes.set(id, (node = { id, classes: [] }));
  return node;
}

/** `A[x] & B --> C e1@-.->|t| D:::cls` */
function statement(g: MGraph, c: Cursor, parent: string | undefined): void {
  let left = nodeGroup(g, c, parent);
  skipWs(c);
  while (c.i < c.s.length) {
    let id: string | undefined;
    const idm = /^([\p{L}\p{N}_-]+)@(?=[-=<ox.])/u.exec(c.s.slice(c.i));
    if (idm) { id = idm[1]; c.i += idm[0].length; }
    const link = readLink(c);
    if (!link) throw err(c, `unexpected "${c.s.slice(c.i, c.i + 12)}"`);
    skipWs(c);
    const right = nodeGroup(g, c, parent);
    for (const a of left) for (const b of right) g.edges.push({ ...link, id: left.length * right.length === 1 ? id : undefined, source: a, target: b, classes: [] });
    left = right;
    skipWs(c);
  }
}

function readLink(c: Cursor): Omit<MEdge, 'source' | 'target' | 'classes'> | undefined {
  const rest = c.s.slice(c.i);
  const plain = LINK.exec(rest);
  // `--`, `==` and `-.` alone are never a whole link: they open a text link (`-- text -->`).
  let m = plain && plain[0].length >= 3 ? null : TEXT_LINK.exec(rest);
  let label: string | undefined;
  let start: string | undefined, body: string, end: string | undefined;
  if (m) {
    [, start, body, label, , end] = m;
    c.i += m[0].length;
    label = mermaidText(label);
  } else {
    m = plain;
    if (!m || m[0].length < 3) return undefined;
    [, start, body, end] = m;
    if (m[4] !== undefined) label = mermaidText(m[4]);
    c.i += m[0].length;
  }
  const line: LineStyle = body.includes('.') ? 'dotted' : 'solid';
  const thick = body.startsWith('=');
  const arrow: ArrowStyle = start && end ? 'both' : end || start ? 'end' : 'none';
  const marker = end ?? start;
  const head: ArrowHead | undefined = marker === 'o' ? 'circle' : marker === 'x' ? 'open' : undefined;
  return { line, arrow, ...(head ? { head } : {}), ...(thick ? { width: 3 } : {}), ...(label ? { label } : {}) };
}

function nodeGroup(g: MGraph, c: Cursor, parent: string | undefined): string[] {
  const ids = [nodeRef(g, c, parent)];
  for (;;) {
    const save = c.i;
    skipWs(c);
    if (c.s[c.i] !== '&') { c.i = save; return ids; }
    c.i++;
    skipWs(c);
    ids.push(nodeRef(g, c, parent));
  }
}

function nodeRef(g: MGraph, c: Cursor, parent: string | undefined): string {
  const m = ID.exec(c.s.slice(c.i));
  if (!m) throw err(c, c.i >= c.s.length ? 'a node is missing here' : `unexpected "${c.s.slice(c.i, c.i + 12)}"`);
  const id = m[0];
  c.i += id.length;
  const node = ensure(g, id);
  if (parent !== undefined && node.parent === undefined && id !== parent) node.parent = parent;
  const rest = c.s.slice(c.i);
  if (rest.startsWith('@{')) {
    const close = rest.indexOf('}');
    if (close < 0) throw err(c, 'unclosed "@{"');
    const body = rest.slice(2, close);
    const label = /label\s*:\s*("([^"]*)"|[^,}]+)/.exec(body);
    if (label) node.label = mermaidText(label[2] ?? label[1]);
    const shape = /shape\s*:\s*([\w-]+)/.exec(body)?.[1];
    if (shape) Object.assign(node, shapeByName(shape));
    c.i += close + 1;
  } else {
    const open = SHAPES.find(([o]) => rest.startsWith(o));
    if (open) {
      const [o] = open;
      const at = c.i;
      c.i += o.length;
      let j = c.i;
      while (j < c.s.length && /\s/.test(c.s[j])) j++;
      let textEnd: number;
      if (c.s[j] === '"') {
        const q = c.s.indexOf('"', j + 1);
        if (q < 0) throw err({ ...c, i: j }, 'unclosed quote');
        textEnd = q + 1;
      } else textEnd = j;
      // The closer that matches: the first of the shapes sharing this opener whose closer follows.
      const candidates = SHAPES.filter(([op]) => op === o);
      let best: { at: number; shape: (typeof SHAPES)[number] } | undefined;
      for (const s of candidates) {
        const k = c.s.indexOf(s[1], textEnd);
        if (k >= 0 && (!best || k < best.at)) best = { at: k, shape: s };
      }
      if (!best) throw err({ ...c, i: at }, `"${o}" is never closed`);
      node.label = mermaidText(c.s.slice(c.i, best.at));
      node.shape = best.shape[2];
      node.shapeName = best.shape[3];
      c.i = best.at + best.shape[1].length;
    }
  }
  const cls = /^:::([\p{L}\p{N}_-]+)/u.exec(c.s.slice(c.i));
  if (cls) { node.classes.push(cls[1]); c.i += cls[0].length; }
  return id;
}

function shapeByName(name: string): Pick<MNode, 'shape' | 'shapeName'> {
  const n = name.toLowerCase();
  if (/^(rect|rectangle|proc|process)$/.test(n)) return { shape: 'rectangle', shapeName: n };
  if (/^(rounded|event)$/.test(n)) return { shape: 'rounded', shapeName: n };
  if (/^(stadium|pill|terminal)$/.test(n)) return { shape: 'pill', shapeName: n };
  if (/^(circle|circ|ellipse|sm-circ|dbl-circ)$/.test(n)) return { shape: 'ellipse', shapeName: n };
  return { shapeName: n };
}
