/**
 * Vocabulary references. A node whose kind (or an edge whose relation) is not declared would have
 * no colour or label to render with; rather than drop the element, the kind is declared in neutral
 * grey with its id as label, and the user is told, so they can restyle it (Excalidraw drops unknown
 * element types; here the type is just data, so keeping it loses nothing).
 * Restrictions and layout bands naming unknown kinds are only noted: they harm nothing.
 */
import { msg } from '../../i18n/message';
import { GROUP_KIND, type NodeKind, type RelationType, type TheoryModel } from '../../model/types';
import type { RepairNote } from '../types';

export const PLACEHOLDER_COLOR = '#9e9e9e';

/** Ids in first-use order, with how many items use each. */
function countUses(ids: string[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const id of ids) uses.set(id, (uses.get(id) ?? 0) + 1);
  return uses;
}

export function repairVocabulary(model: TheoryModel): { model: TheoryModel; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const kindIds = new Set(model.vocabulary.nodeKinds.map((k) => k.id));
  const relationIds = new Set(model.vocabulary.relationTypes.map((r) => r.id));

  const addedKinds: NodeKind[] = [];
  for (const [id, count] of countUses(model.nodes.map((n) => n.kind).filter((k) => k !== GROUP_KIND && !kindIds.has(k)))) {
    addedKinds.push({ id, label: id, color: PLACEHOLDER_COLOR });
    kindIds.add(id);
    notes.push({
      code: 'unknown-kind-added',
      message: msg('repair.unknownKind', { id: JSON.stringify(id), count }),
      ids: [id],
    });
  }

  const addedRelations: RelationType[] = [];
  for (const [id, count] of countUses(model.edges.map((e) => e.relation).filter((r) => !relationIds.has(r)))) {
    addedRelations.push({ id, label: id, color: PLACEHOLDER_COLOR });
    relationIds.add(id);
    notes.push({
      code: 'unknown-relation-added',
      message: msg('repair.unknownRelation', { id: JSON.stringify(id), count }),
      ids: [id],
    });
  }

  const unknown = (ids: string[] | undefined) => (ids ?? []).filter((k) => k !== GROUP_KIND && !kindIds.has(k));
  const quoteAll = (ids: string[]) => ids.map((k) => JSON.stringify(k)).join(', ');
  for (const relation of model.vocabulary.relationTypes) {
    for (const end of ['from', 'to'] as const) {
      const missing = unknown(relation[end]);
      if (missing.length === 0) continue;
      notes.push({
        code: 'unknown-kind-reference',
        message: msg('repair.unknownKindInRelation', { id: JSON.stringify(relation.id), count: missing.length, kinds: quoteAll(missing), end }),
        ids: missing,
      });
    }
  }
  (model.layout?.bands ?? []).forEach((band, i) => {
    const missing = unknown(band);
    if (missing.length === 0) return;
    notes.push({
      code: 'unknown-kind-reference',
      message: msg('repair.unknownKindInBand', { band: i + 1, count: missing.length, kinds: quoteAll(missing) }),
      ids: missing,
    });
  });

  if (addedKinds.length === 0 && addedRelations.length === 0) return { model, notes };
  return {
    model: {
      ...model,
      vocabulary: {
        nodeKinds: [...model.vocabulary.nodeKinds, ...addedKinds],
        relationTypes: [...model.vocabulary.relationTypes, ...addedRelations],
      },
    },
    notes,
  };
}
