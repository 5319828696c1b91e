import { localize } from './language';
import { strokeOf } from './relationStyle';
import { GROUP_KIND, type ArrowHead, type ArrowStyle, type LineStyle, type NodeShape, type TheoryModel } from './types';

export type LegendKind = { id: string; text: string; color: string; shape: NodeShape };
/** `head` and `width` absent mean the defaults (filled, 1.6); legendEntries always fills them. */
export type LegendRelation = { id: string; text: string; color: string; line: LineStyle; arrow: ArrowStyle; head?: ArrowHead; width?: number };

/**
 * The legend: every kind and relation type that the model uses, in vocabulary order, named in
 * the diagram language. Unused vocabulary entries are left out, as a printed figure would.
 */
export function legendEntries(doc: TheoryModel, lang: string): { kinds: LegendKind[]; relations: LegendRelation[] } {
  const usedKinds = new Set(doc.nodes.map((n) => n.kind));
  const usedRelations = new Set(doc.edges.map((e) => e.relation));
  const original = doc.meta.language;
  return {
    kinds: doc.vocabulary.nodeKinds
      .filter((k) => k.id !== GROUP_KIND && usedKinds.has(k.id))
      .map((k) => ({ id: k.id, text: localize(k.label, k.labels, lang, original).text, color: k.color, shape: k.shape ?? 'rounded' })),
    relations: doc.vocabulary.relationTypes
      .filter((r) => usedRelations.has(r.id))
      .map((r) => ({ id: r.id, text: localize(r.label, r.labels, lang, original).text, color: r.color, ...strokeOf(r), arrow: r.arrow ?? 'end' })),
  };
}
