/**
 * Text → the model's structure: `parse(text, vocabulary)` gives the nodes, groups and edges the text
 * describes, or every error with its line and column. Pure and total: it never throws, and a text
 * that does not parse changes nothing (the caller keeps the last good model).
 *
 * `analyse` is the same pass keeping what update.ts needs to rewrite the text in place: which line
 * declares which element and which lines open and close each group's block.
 */
import { defaultRelation } from '../../model/vocabulary';
import { GROUP_KIND, type Vocabulary } from '../../model/types';
import { englishMessage } from './errors';
import { kindsOf, resolveKind, resolveRelation } from './names';
import { scan, type EdgeStatement, type Line, type NodeStatement } from './syntax';
import type { ParseResult, TextDoc, TextEdge, TextError, TextErrorCode, TextNode } from './types';

export type Analysis = {
  lines: Line[];
  doc: TextDoc;
  errors: TextError[];
  /** Line index → the element it declares (only lines that parsed and resolved). */
  declares: Map<number, { type: 'node' | 'edge'; id: string }>;
  /** Opening line → closing line of each group block (a block left open ends after the last line). */
  blocks: Map<number, number>;
  /** Line index → the group whose block the line is in (innermost). */
  enclosing: Map<number, string>;
};

/** The id an edge gets when the text gives none: `source->target`, then `-2`, `-3`… if taken. */
export function derivedEdgeId(source: string, target: string, taken: ReadonlySet<string>): string {
  const base = `${source}->${target}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function analyse(text: string, vocabulary: Vocabulary): Analysis {
  const lines = scan(text);
  const errors: TextError[] = [];
  const report = (code: TextErrorCode, from: number, to: number, params: Record<string, string> = {}) => {
    const line = lines.findLast((l) => l.from <= from) ?? lines[0];
    errors.push({ code, line: line.index + 1, column: from - line.from + 1, from, to: Math.max(to, from), params, message: englishMessage(code, params) });
  };
  const known = (entries: readonly { id: string }[]) => entries.map((e) => e.id).join(', ');

  // Pass 1: blocks and nodes (edges may name nodes declared further down).
  const nodes: TextNode[] = [];
  const nodeLine = new Map<string, number>();
  const declares = new Map<number, { type: 'node' | 'edge'; id: string }>();
  const blocks = new Map<number, number>();
  const enclosing = new Map<number, string>();
  const stack: { line: number; id: string }[] = [];
  const edgeLines: { line: Line; statement: EdgeStatement }[] = [];
  for (const line of lines) {
    if (line.error) report(line.error.code, line.error.from, line.error.to, line.error.params);
    const top = stack[stack.length - 1];
    if (top) enclosing.set(line.index, top.id);
    const st = line.statement;
    if (!st) continue;
    if (st.type === 'close') {
      const open = stack.pop();
      if (open) blocks.set(open.line, line.index);
      else report('unmatched-close', line.from + line.text.indexOf('}'), line.from + line.text.indexOf('}') + 1);
      continue;
    }
    if (st.type === 'edge') {
      edgeLines.push({ line, statement: st });
      continue;
    }
    const node = resolveNode(st, line.index, top?.id);
    // A block opens even when its line has an error, so its `}` is not reported as stray too.
    if (st.opens) stack.push({ line: line.index, id: st.id.value });
    if (!node) continue;
    nodes.push(node);
    nodeLine.set(node.id, line.index);
    declares.set(line.index, { type: 'node', id: node.id });
  }
  for (const open of stack) {
    const line = lines[open.line];
    report('unclosed-group', line.from, line.from + line.statementEnd, { id: open.id });
    blocks.set(open.line, lines.length);
  }

  // Pass 2: edges. Ids the text writes are taken first, so a derived id never steals one.
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const explicit = new Set(edgeLines.flatMap(({ statement }) => (statement.id ? [statement.id.value] : [])));
  // Explicit ids, then every id handed out: a derived id avoids all of them.
  const avoid = new Set(explicit);
  const edgeLine = new Map<string, number>();
  const edges: TextEdge[] = [];
  for (const { line, statement } of edgeLines) {
    const edge = resolveEdge(statement, line.index);
    if (!edge) continue;
    const first = edgeLine.get(edge.id);
    if (first !== undefined) {
      const at = statement.id ?? statement.source;
      report('duplicate-edge', at.from, at.to, { id: edge.id, line: String(first + 1) });
      continue;
    }
    avoid.add(edge.id);
    edgeLine.set(edge.id, line.index);
    edges.push(edge);
    declares.set(line.index, { type: 'edge', id: edge.id });
  }
  errors.sort((x, y) => x.from - y.from);
  return { lines, doc: { nodes, edges }, errors, declares, blocks, enclosing };

  function resolveNode(st: NodeStatement, index: number, parent: string | undefined): TextNode | undefined {
    const kind = resolveKind(vocabulary, st.kind.value);
    if (!kind) {
      report('unknown-kind', st.kind.from, st.kind.to, { name: st.kind.value, known: known(kindsOf(vocabulary)) });
      return undefined;
    }
    const id = st.id.value;
    const first = nodeLine.get(id);
    if (first !== undefined) {
      report('duplicate-node', st.id.from, st.id.to, { id, line: String(first + 1) });
      return undefined;
    }
    if (st.opens && kind !== GROUP_KIND) {
      report('not-a-group', st.kind.from, st.kind.to, { id, kind });
      return undefined;
    }
    return { id, kind, label: st.label?.value ?? id, ...(parent !== undefined ? { parent } : {}), line: index };
  }

  function resolveEdge(st: EdgeStatement, index: number): TextEdge | undefined {
    let ok = true;
    for (const end of [st.source, st.target]) {
      if (kindOf.has(end.value)) continue;
      report('unknown-node', end.from, end.to, { id: end.value });
      ok = false;
    }
    if (!ok) return undefined;
    const sourceKind = kindOf.get(st.source.value) as string;
    const targetKind = kindOf.get(st.target.value) as string;
    let relation: string | undefined;
    if (st.relation) {
      relation = resolveRelation(vocabulary, st.relation.value);
      if (!relation) report('unknown-relation', st.relation.from, st.relation.to, { name: st.relation.value, known: known(vocabulary.relationTypes) });
    } else {
      relation = defaultRelation(vocabulary, sourceKind, targetKind)?.id;
      if (!relation) report('no-relation', st.source.from, st.target.to, { from: sourceKind, to: targetKind });
    }
    if (!relation) return undefined;
    const id = st.id?.value ?? derivedEdgeId(st.source.value, st.target.value, avoid);
    return { id, source: st.source.value, target: st.target.value, relation, ...(st.label ? { label: st.label.value } : {}), line: index };
  }
}

export function parse(text: string, vocabulary: Vocabulary): ParseResult {
  const { doc, errors } = analyse(text, vocabulary);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, doc };
}
