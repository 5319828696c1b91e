import { GROUP_KIND, type RelationType, type TheoryModel } from './types';

/**
 * Removing a vocabulary entry that elements use: they are reassigned to a replacement in the same
 * edit (one undo step), so no element ever references a missing kind or relation type.
 * Both removals MERGE the removed entry into its replacement, which keeps every edge within its
 * relation type's from/to rules without re-typing anything behind the user's back:
 * - a kind's place in relation rules and layout bands passes to the replacement kind;
 * - a relation type's replacement is widened to allow the kinds its new edges connect.
 */

export function kindUsage(doc: TheoryModel, id: string): number {
  return doc.nodes.reduce((n, node) => n + (node.kind === id ? 1 : 0), 0);
}

export function relationUsage(doc: TheoryModel, id: string): number {
  return doc.edges.reduce((n, edge) => n + (edge.relation === id ? 1 : 0), 0);
}

/** `ids` with `id` replaced by `replacement` (or dropped), without duplicates. */
function substitute(ids: readonly string[], id: string, replacement: string | undefined): string[] {
  const out: string[] = [];
  for (const k of ids) {
    const next = k === id ? replacement : k;
    if (next !== undefined && !out.includes(next)) out.push(next);
  }
  return out;
}

/**
 * Removes a node kind. When nodes use it, `replacement` (another declared kind) is required and
 * they become that kind; otherwise the removal is refused (same document). Relation rules and
 * layout bands that name the kind name the replacement instead, or drop it. A rule list that
 * becomes empty is removed, which means "any kind" — only possible for a kind no node used.
 * The built-in `group` kind cannot be removed.
 */
export function removeKind(doc: TheoryModel, id: string, replacement?: string): TheoryModel {
  if (id === GROUP_KIND || !doc.vocabulary.nodeKinds.some((k) => k.id === id)) return doc;
  const validReplacement = replacement !== undefined && replacement !== id && replacement !== GROUP_KIND && doc.vocabulary.nodeKinds.some((k) => k.id === replacement);
  const to = validReplacement ? replacement : undefined;
  if (kindUsage(doc, id) > 0 && to === undefined) return doc;

  const relationTypes = doc.vocabulary.relationTypes.map((r) => {
    let next: RelationType = r;
    for (const end of ['from', 'to'] as const) {
      const list = next[end];
      if (!list?.includes(id)) continue;
      const replaced = substitute(list, id, to);
      if (replaced.length > 0) next = { ...next, [end]: replaced };
      else {
        const { [end]: _drop, ...rest } = next;
        next = rest;
      }
    }
    return next;
  });
  // A kind belongs to one band: the replacement keeps its own band if it has one.
  const hasBand = to !== undefined && (doc.layout?.bands ?? []).some((band) => band.includes(to));
  const bands = doc.layout?.bands?.map((band) => substitute(band, id, hasBand ? undefined : to)).filter((band) => band.length > 0);
  const layout = doc.layout && doc.layout.bands ? { ...doc.layout, bands: bands! } : doc.layout;

  return {
    ...doc,
    vocabulary: { nodeKinds: doc.vocabulary.nodeKinds.filter((k) => k.id !== id), relationTypes },
    nodes: to === undefined ? doc.nodes : doc.nodes.map((n) => (n.kind === id ? { ...n, kind: to } : n)),
    ...(layout ? { layout } : {}),
  };
}

/**
 * What the replacement of a relation type must also allow to take over the removed type's edges:
 * the kinds those edges start from / end at that its (non-empty) from/to lists do not name yet.
 */
export function mergeWidening(doc: TheoryModel, id: string, replacement: string): { from: string[]; to: string[] } {
  const target = doc.vocabulary.relationTypes.find((r) => r.id === replacement);
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind] as const));
  const extra = { from: [] as string[], to: [] as string[] };
  if (!target) return extra;
  for (const edge of doc.edges) {
    if (edge.relation !== id) continue;
    for (const [end, nodeId] of [['from', edge.source], ['to', edge.target]] as const) {
      const kind = kindOf.get(nodeId);
      const rule = target[end];
      if (kind !== undefined && rule && rule.length > 0 && !rule.includes(kind) && !extra[end].includes(kind)) extra[end].push(kind);
    }
  }
  return extra;
}

/**
 * Removes a relation type. When edges use it, `replacement` (another declared type) is required;
 * the edges take that type, and the replacement's from/to rules are widened (mergeWidening) so
 * they still hold. Without a valid replacement a used type is not removed (same document).
 */
export function removeRelation(doc: TheoryModel, id: string, replacement?: string): TheoryModel {
  if (!doc.vocabulary.relationTypes.some((r) => r.id === id)) return doc;
  const validReplacement = replacement !== undefined && replacement !== id && doc.vocabulary.relationTypes.some((r) => r.id === replacement);
  const used = relationUsage(doc, id) > 0;
  if (used && !validReplacement) return doc;

  const widening = used ? mergeWidening(doc, id, replacement!) : { from: [], to: [] };
  const relationTypes = doc.vocabulary.relationTypes
    .filter((r) => r.id !== id)
    .map((r) => {
      if (r.id !== replacement || (widening.from.length === 0 && widening.to.length === 0)) return r;
      return {
        ...r,
        ...(widening.from.length > 0 ? { from: [...(r.from ?? []), ...widening.from] } : {}),
        ...(widening.to.length > 0 ? { to: [...(r.to ?? []), ...widening.to] } : {}),
      };
    });
  return {
    ...doc,
    vocabulary: { ...doc.vocabulary, relationTypes },
    edges: used ? doc.edges.map((e) => (e.relation === id ? { ...e, relation: replacement! } : e)) : doc.edges,
  };
}
