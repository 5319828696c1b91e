import { GROUP_KIND, type TheoryModel } from './types';
import { defaultRelation, findKind, findRelation, relationAllows } from './vocabulary';

/** An edge whose relation type changes because a node at one of its ends changed kind. */
export type EdgeRetype = { edge: string; from: string; to: string };

export type RetypeResult = {
  /** The new document; the same one when nothing changed or the change was refused. */
  doc: TheoryModel;
  /** Edges moved to the most specific relation type their new ends allow. */
  retyped: EdgeRetype[];
  /** Edges for which no relation type allows the new ends: when non-empty, nothing changed. */
  blocked: string[];
};

/**
 * Changes the kind of element nodes (groups stay groups: a group holds children and an element
 * cannot). An edge whose relation type no longer allows its ends' kinds is re-typed to the default
 * relation for the new pair (the most specific allowed one, as a new connection would get) rather
 * than left breaking the vocabulary's rules; if some edge has no allowed type at all, the whole
 * change is refused and `blocked` names those edges, so the caller can say why.
 */
export function retypeNodes(doc: TheoryModel, ids: Iterable<string>, kind: string): RetypeResult {
  const unchanged: RetypeResult = { doc, retyped: [], blocked: [] };
  if (kind === GROUP_KIND || !findKind(doc.vocabulary, kind)) return unchanged;
  const wanted = new Set(ids);
  const targets = new Set(doc.nodes.filter((n) => wanted.has(n.id) && n.kind !== GROUP_KIND && n.kind !== kind).map((n) => n.id));
  if (targets.size === 0) return unchanged;

  const kindOf = new Map(doc.nodes.map((n) => [n.id, targets.has(n.id) ? kind : n.kind] as const));
  const retyped: EdgeRetype[] = [];
  const blocked: string[] = [];
  for (const edge of doc.edges) {
    if (!targets.has(edge.source) && !targets.has(edge.target)) continue;
    const source = kindOf.get(edge.source);
    const target = kindOf.get(edge.target);
    const relation = findRelation(doc.vocabulary, edge.relation);
    if (source === undefined || target === undefined || !relation || relationAllows(relation, source, target)) continue;
    const fallback = defaultRelation(doc.vocabulary, source, target);
    if (fallback) retyped.push({ edge: edge.id, from: edge.relation, to: fallback.id });
    else blocked.push(edge.id);
  }
  if (blocked.length > 0) return { doc, retyped: [], blocked };

  const newRelation = new Map(retyped.map((r) => [r.edge, r.to] as const));
  return {
    doc: {
      ...doc,
      nodes: doc.nodes.map((n) => (targets.has(n.id) ? { ...n, kind } : n)),
      edges: newRelation.size === 0 ? doc.edges : doc.edges.map((e) => (newRelation.has(e.id) ? { ...e, relation: newRelation.get(e.id)! } : e)),
    },
    retyped,
    blocked: [],
  };
}
