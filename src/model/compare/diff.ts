/**
 * The difference between two models (issue 14): every element and relation of either, marked
 * added (only in the second), removed (only in the first), changed (label, kind, relation, group
 * or ends) or unchanged. Pure; the canvas overlay, the side list and the CSV/Markdown table all
 * read this one result.
 */
import { GROUP_KIND, type ModelEdge, type ModelNode, type TheoryModel } from '../types';
import { matchModels } from './match';

export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';
export type NodeChange = 'label' | 'kind' | 'group' | 'description';
export type EdgeChange = 'relation' | 'ends' | 'label';

export type NodeDiff = { status: DiffStatus; a?: ModelNode; b?: ModelNode; changes: NodeChange[] };
export type EdgeDiff = { status: DiffStatus; a?: ModelEdge; b?: ModelEdge; changes: EdgeChange[] };
export type ModelDiff = { nodes: NodeDiff[]; edges: EdgeDiff[] };

const sameRecord = (x: Readonly<Record<string, string>> | undefined, y: Readonly<Record<string, string>> | undefined) => {
  const kx = Object.keys(x ?? {}).sort();
  const ky = Object.keys(y ?? {}).sort();
  return kx.length === ky.length && kx.every((k, i) => k === ky[i] && x![k] === y![k]);
};

/** Differences first in the order of the first model, then what the second adds, in its order. */
export function diffModels(a: TheoryModel, b: TheoryModel): ModelDiff {
  const m = matchModels(a, b);
  const bNodes = new Map(b.nodes.map((n) => [n.id, n] as const));
  const bEdges = new Map(b.edges.map((e) => [e.id, e] as const));
  const matchedB = new Set(m.nodes.values());
  const nodes: NodeDiff[] = [];
  for (const n of a.nodes) {
    const id = m.nodes.get(n.id);
    const other = id !== undefined ? bNodes.get(id) : undefined;
    if (!other) {
      nodes.push({ status: 'removed', a: n, changes: [] });
      continue;
    }
    const changes: NodeChange[] = [];
    if (n.label !== other.label || !sameRecord(n.labels, other.labels)) changes.push('label');
    if (n.kind !== other.kind) changes.push('kind');
    // The group is compared through the matching, so a renamed group is not a move.
    const parent = n.parent !== undefined ? m.nodes.get(n.parent) : undefined;
    if ((n.parent === undefined) !== (other.parent === undefined) || (n.parent !== undefined && parent !== other.parent)) changes.push('group');
    if ((n.description ?? '') !== (other.description ?? '')) changes.push('description');
    nodes.push({ status: changes.length > 0 ? 'changed' : 'unchanged', a: n, b: other, changes });
  }
  for (const n of b.nodes) if (!matchedB.has(n.id)) nodes.push({ status: 'added', b: n, changes: [] });

  const matchedEdgesB = new Set(m.edges.values());
  const edges: EdgeDiff[] = [];
  for (const e of a.edges) {
    const id = m.edges.get(e.id);
    const other = id !== undefined ? bEdges.get(id) : undefined;
    if (!other) {
      edges.push({ status: 'removed', a: e, changes: [] });
      continue;
    }
    const changes: EdgeChange[] = [];
    if (e.relation !== other.relation) changes.push('relation');
    if (m.nodes.get(e.source) !== other.source || m.nodes.get(e.target) !== other.target) changes.push('ends');
    if ((e.label ?? '') !== (other.label ?? '') || !sameRecord(e.labels, other.labels)) changes.push('label');
    edges.push({ status: changes.length > 0 ? 'changed' : 'unchanged', a: e, b: other, changes });
  }
  for (const e of b.edges) if (!matchedEdgesB.has(e.id)) edges.push({ status: 'added', b: e, changes: [] });
  return { nodes, edges };
}

/** Whether the two models differ at all (in elements or relations). */
export const hasDifferences = (d: ModelDiff) => [...d.nodes, ...d.edges].some((x) => x.status !== 'unchanged');

/** The differences grouped by kind (groups under `group`), each group in diff order; unchanged left out. */
export function byKind(d: ModelDiff): Map<string, NodeDiff[]> {
  const out = new Map<string, NodeDiff[]>();
  for (const x of d.nodes) {
    if (x.status === 'unchanged') continue;
    const kind = (x.b ?? x.a)!.kind ?? GROUP_KIND;
    const list = out.get(kind);
    if (list) list.push(x);
    else out.set(kind, [x]);
  }
  return out;
}
