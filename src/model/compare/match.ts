/**
 * Matching the elements of two models (issue 14, compare): by id first, then, for what is left,
 * by kind and a label shared in either language (the original label or any translation, compared
 * trimmed and case-folded). So a school's adapted copy with fresh ids still lines up with its
 * source, and an element renamed in place (same id) is matched as "changed", not removed + added.
 */
import type { ModelEdge, ModelNode, TheoryModel } from '../types';

/** Ids in `a` → ids in `b`. */
export type Matching = { nodes: Map<string, string>; edges: Map<string, string> };

const norm = (text: string) => text.trim().toLocaleLowerCase();

/** Every label of a node, in every language, normalised; empty ones left out. */
export function labelsOf(node: { label: string; labels?: Readonly<Record<string, string>> }): string[] {
  return [node.label, ...Object.values(node.labels ?? {})].map(norm).filter((t) => t !== '');
}

function matchNodes(a: readonly ModelNode[], b: readonly ModelNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const bIds = new Set(b.map((n) => n.id));
  const taken = new Set<string>();
  for (const n of a) {
    if (!bIds.has(n.id)) continue;
    out.set(n.id, n.id);
    taken.add(n.id);
  }
  // Left-overs by kind + any shared label; the first free candidate in document order wins.
  const free = b.filter((n) => !taken.has(n.id));
  for (const n of a) {
    if (out.has(n.id)) continue;
    const mine = new Set(labelsOf(n));
    if (mine.size === 0) continue;
    const hit = free.find((m) => !taken.has(m.id) && m.kind === n.kind && labelsOf(m).some((l) => mine.has(l)));
    if (!hit) continue;
    out.set(n.id, hit.id);
    taken.add(hit.id);
  }
  return out;
}

function matchEdges(a: readonly ModelEdge[], b: readonly ModelEdge[], nodes: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const bIds = new Set(b.map((e) => e.id));
  const taken = new Set<string>();
  for (const e of a) {
    if (!bIds.has(e.id)) continue;
    out.set(e.id, e.id);
    taken.add(e.id);
  }
  // Left-overs: the same ends (through the node matching) and the same relation type.
  for (const e of a) {
    if (out.has(e.id)) continue;
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    const hit = b.find((f) => !taken.has(f.id) && f.source === s && f.target === t && f.relation === e.relation);
    if (!hit) continue;
    out.set(e.id, hit.id);
    taken.add(hit.id);
  }
  return out;
}

export function matchModels(a: TheoryModel, b: TheoryModel): Matching {
  const nodes = matchNodes(a.nodes, b.nodes);
  return { nodes, edges: matchEdges(a.edges, b.edges, nodes) };
}
