/**
 * Kinds and relation types are named in the text by id or by label, in any language the
 * vocabulary has (`actor`, `关键主体`, `Key actor`), so a model can be typed in Chinese or English.
 * The id wins; then a label, compared without case and surrounding spaces; the first entry wins a tie.
 */
import { GROUP_KIND_DEFAULT } from '../../model/vocabulary';
import { GROUP_KIND, type NodeKind, type RelationType, type Vocabulary } from '../../model/types';

const fold = (s: string) => s.trim().toLowerCase();

function names(entry: NodeKind | RelationType): string[] {
  return [entry.label, ...Object.values(entry.labels ?? {})];
}

function lookup<T extends NodeKind | RelationType>(entries: readonly T[], written: string): T | undefined {
  const byId = entries.find((e) => e.id === written);
  if (byId) return byId;
  const key = fold(written);
  return entries.find((e) => names(e).some((n) => fold(n) === key));
}

/** The kinds a node may name: the vocabulary's, plus the built-in group if it is not declared. */
export function kindsOf(vocabulary: Vocabulary): NodeKind[] {
  return vocabulary.nodeKinds.some((k) => k.id === GROUP_KIND) ? vocabulary.nodeKinds : [...vocabulary.nodeKinds, GROUP_KIND_DEFAULT];
}

export function resolveKind(vocabulary: Vocabulary, written: string): string | undefined {
  return lookup(kindsOf(vocabulary), written)?.id;
}

export function resolveRelation(vocabulary: Vocabulary, written: string): string | undefined {
  return lookup(vocabulary.relationTypes, written)?.id;
}
