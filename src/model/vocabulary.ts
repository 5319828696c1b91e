import { GROUP_KIND, type NodeKind, type RelationType, type Vocabulary } from './types';

/** The look of a group box; `group` is built in and need not be declared. */
export const GROUP_KIND_DEFAULT: NodeKind = {
  id: GROUP_KIND,
  label: '分组',
  color: '#64748b',
  shape: 'rectangle',
  labels: { en: 'Group' },
};

/** A grey kind for ids that no vocabulary entry declares (repair keeps such nodes visible). */
export function fallbackKind(id: string): NodeKind {
  return { id, label: id, color: '#6b7280', shape: 'rounded' };
}

export function findKind(vocabulary: Vocabulary, id: string): NodeKind | undefined {
  if (id === GROUP_KIND) return vocabulary.nodeKinds.find((k) => k.id === id) ?? GROUP_KIND_DEFAULT;
  return vocabulary.nodeKinds.find((k) => k.id === id);
}

export function findRelation(vocabulary: Vocabulary, id: string): RelationType | undefined {
  return vocabulary.relationTypes.find((r) => r.id === id);
}

/** Whether a relation type may connect a node of `sourceKind` to one of `targetKind`. */
export function relationAllows(relation: RelationType, sourceKind: string, targetKind: string): boolean {
  const fromOk = !relation.from || relation.from.length === 0 || relation.from.includes(sourceKind);
  const toOk = !relation.to || relation.to.length === 0 || relation.to.includes(targetKind);
  return fromOk && toOk;
}

/** Relation types that may connect these kinds, most specific first (declared both ends, then one, then none). */
export function allowedRelations(vocabulary: Vocabulary, sourceKind: string, targetKind: string): RelationType[] {
  const specificity = (r: RelationType) => (r.from?.length ? 1 : 0) + (r.to?.length ? 1 : 0);
  return vocabulary.relationTypes
    .filter((r) => relationAllows(r, sourceKind, targetKind))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => specificity(b.r) - specificity(a.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** The relation a new connection gets: the most specific allowed one, or undefined if none is. */
export function defaultRelation(vocabulary: Vocabulary, sourceKind: string, targetKind: string): RelationType | undefined {
  return allowedRelations(vocabulary, sourceKind, targetKind)[0];
}
