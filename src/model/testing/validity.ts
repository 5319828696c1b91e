import figure2 from '../../../examples/figure-2.json';
import { GROUP_KIND, type TheoryModel } from '../types';
import { findRelation, relationAllows } from '../vocabulary';

/** Figure 2 of the paper, as shipped: a real model with every kind, relation type, groups and bands. */
export function figure2Model(): TheoryModel {
  return structuredClone(figure2) as unknown as TheoryModel;
}

/**
 * Everything that would make a document inconsistent with its vocabulary, as readable strings
 * (an empty list means valid): unknown kinds or relation types, edges their type forbids,
 * rules and layout bands naming undeclared kinds, duplicate vocabulary ids.
 */
export function vocabularyProblems(doc: TheoryModel): string[] {
  const problems: string[] = [];
  const kinds = new Set([GROUP_KIND, ...doc.vocabulary.nodeKinds.map((k) => k.id)]);
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind] as const));
  if (kinds.size !== doc.vocabulary.nodeKinds.length + (doc.vocabulary.nodeKinds.some((k) => k.id === GROUP_KIND) ? 0 : 1)) problems.push('duplicate kind ids');
  if (new Set(doc.vocabulary.relationTypes.map((r) => r.id)).size !== doc.vocabulary.relationTypes.length) problems.push('duplicate relation ids');
  for (const n of doc.nodes) if (!kinds.has(n.kind)) problems.push(`node ${n.id} has unknown kind ${n.kind}`);
  for (const e of doc.edges) {
    const relation = findRelation(doc.vocabulary, e.relation);
    if (!relation) problems.push(`edge ${e.id} has unknown relation ${e.relation}`);
    else if (!relationAllows(relation, kindOf.get(e.source) ?? '?', kindOf.get(e.target) ?? '?')) problems.push(`edge ${e.id} breaks the rules of ${e.relation}`);
  }
  for (const r of doc.vocabulary.relationTypes)
    for (const k of [...(r.from ?? []), ...(r.to ?? [])]) if (!kinds.has(k)) problems.push(`relation ${r.id} names unknown kind ${k}`);
  for (const band of doc.layout?.bands ?? []) for (const k of band) if (!kinds.has(k)) problems.push(`layout band names unknown kind ${k}`);
  return problems;
}
