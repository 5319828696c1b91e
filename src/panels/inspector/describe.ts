import type { TFunction } from '../../i18n/translate';
import { localize } from '../../model/language';
import type { TheoryModel } from '../../model/types';
import { fallbackKind, findKind, findRelation } from '../../model/vocabulary';

/** Names of document things in the diagram language, for the Inspector and its notices. */
export function nodeName(doc: TheoryModel, id: string, lang: string): string {
  const node = doc.nodes.find((n) => n.id === id);
  return node ? localize(node.label, node.labels, lang, doc.meta.language).text : id;
}

export function kindName(doc: TheoryModel, id: string, lang: string): string {
  const kind = findKind(doc.vocabulary, id) ?? fallbackKind(id);
  return localize(kind.label, kind.labels, lang, doc.meta.language).text;
}

export function relationName(doc: TheoryModel, id: string, lang: string): string {
  const relation = findRelation(doc.vocabulary, id);
  return relation ? localize(relation.label, relation.labels, lang, doc.meta.language).text : id;
}

/** "学校 → 企业" for an edge, from the document before an edit (its ends still exist there). */
export function edgeEnds(doc: TheoryModel, edgeId: string, lang: string, t: TFunction): string {
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (!edge) return edgeId;
  return t('inspector.edgeEnds', { source: nodeName(doc, edge.source, lang), target: nodeName(doc, edge.target, lang) });
}
