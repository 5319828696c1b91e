/**
 * The model → its text (docs/text-notation.md). `print` writes a whole text: a comment naming the
 * kinds and relation types one may use, the nodes with each group's contents in its block, then
 * the edges. update.ts uses the one-statement writers below to rewrite single lines in place.
 */
import { GROUP_KIND, type ModelEdge, type ModelNode, type TheoryModel } from '../../model/types';
import { quote, writeName } from './lexer';
import { kindsOf } from './names';

export const INDENT = '  ';

/** `id: kind "label"`, with ` {` when the group's block follows. The label is left out when it is the id. */
export function nodeStatement(node: Pick<ModelNode, 'id' | 'kind' | 'label'>, opens = false): string {
  const label = node.label === node.id ? '' : ` ${quote(node.label)}`;
  return `${writeName(node.id)}: ${writeName(node.kind)}${label}${opens ? ' {' : ''}`;
}

/** `[id: ]source -> target : relation ["label"]`; the id is left out when the text would derive it. */
export function edgeStatement(edge: Pick<ModelEdge, 'id' | 'source' | 'target' | 'relation' | 'label'>): string {
  const id = edge.id === `${edge.source}->${edge.target}` ? '' : `${writeName(edge.id)}: `;
  const label = edge.label !== undefined ? ` ${quote(edge.label)}` : '';
  return `${id}${writeName(edge.source)} -> ${writeName(edge.target)} : ${writeName(edge.relation)}${label}`;
}

/** Nodes by their parent (`undefined`: the top level; a parent that is not a group counts as none). */
export function childrenByParent(doc: TheoryModel): Map<string | undefined, ModelNode[]> {
  const groups = new Set(doc.nodes.filter((n) => n.kind === GROUP_KIND).map((n) => n.id));
  const children = new Map<string | undefined, ModelNode[]>();
  for (const node of doc.nodes) {
    const parent = node.parent !== undefined && groups.has(node.parent) && node.parent !== node.id ? node.parent : undefined;
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  return children;
}

/** The lines of a node and, for a group, its block (children nested), at `depth`. */
export function nodeLines(node: ModelNode, children: ReadonlyMap<string | undefined, ModelNode[]>, depth: number, seen = new Set<string>()): string[] {
  seen.add(node.id);
  const inner = (children.get(node.id) ?? []).filter((c) => !seen.has(c.id));
  const pad = INDENT.repeat(depth);
  if (inner.length === 0) return [pad + nodeStatement(node)];
  return [pad + nodeStatement(node, true), ...inner.flatMap((c) => nodeLines(c, children, depth + 1, seen)), `${pad}}`];
}

export function print(doc: TheoryModel): string {
  const kinds = kindsOf(doc.vocabulary).map((k) => writeName(k.id)).join(', ');
  const relations = doc.vocabulary.relationTypes.map((r) => writeName(r.id)).join(', ');
  const out = [`# kinds: ${kinds}`, `# relations: ${relations || '—'}`, ''];
  const children = childrenByParent(doc);
  const seen = new Set<string>();
  for (const node of children.get(undefined) ?? []) out.push(...nodeLines(node, children, 0, seen));
  if (doc.edges.length > 0) {
    if (doc.nodes.length > 0) out.push('');
    for (const edge of doc.edges) out.push(edgeStatement(edge));
  }
  return `${out.join('\n')}\n`;
}
