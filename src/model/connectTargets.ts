import { localize } from './language';
import { GROUP_KIND, type TheoryModel } from './types';
import { allowedRelations, fallbackKind, findKind } from './vocabulary';

/** A node "Connect to…" may link the source to: its label in the diagram language and its other names. */
export type TargetChoice = { id: string; label: string; kind: string; others: string[] };

/** A relation type offered between two nodes; `exists`: that very relation is already drawn between them. */
export type RelationChoice = { id: string; label: string; exists: boolean };

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The nodes `source` can be connected to (issue 14 §6): not itself, not a group, and only those
 * some relation type allows from the source's kind. `query` matches a label in any language (the
 * original or a translation), ignoring case and spacing; labels that start with it come first,
 * then model order.
 */
export function connectTargets(doc: TheoryModel, source: string, query: string, lang: string): TargetChoice[] {
  const from = doc.nodes.find((n) => n.id === source);
  if (!from) return [];
  const original = doc.meta.language;
  const q = fold(query);
  const scored: { choice: TargetChoice; rank: number; i: number }[] = [];
  doc.nodes.forEach((node, i) => {
    if (node.id === source || node.kind === GROUP_KIND) return;
    if (allowedRelations(doc.vocabulary, from.kind, node.kind).length === 0) return;
    const names = [node.label, ...Object.values(node.labels ?? {})].filter((n): n is string => !!n);
    const folded = names.map(fold);
    const rank = q === '' ? 0 : folded.some((n) => n.startsWith(q)) ? 0 : folded.some((n) => n.includes(q)) ? 1 : -1;
    if (rank < 0) return;
    const kind = findKind(doc.vocabulary, node.kind) ?? fallbackKind(node.kind);
    const label = localize(node.label, node.labels, lang, original).text;
    const choice = {
      id: node.id,
      label,
      kind: localize(kind.label, kind.labels, lang, original).text,
      others: [...new Set(names)].filter((n) => n !== label),
    };
    scored.push({ choice, rank, i });
  });
  return scored.sort((a, b) => a.rank - b.rank || a.i - b.i).map((s) => s.choice);
}

/** The relation types the vocabulary allows from `source` to `target`, most specific first (the default first). */
export function connectRelations(doc: TheoryModel, source: string, target: string, lang: string): RelationChoice[] {
  const s = doc.nodes.find((n) => n.id === source);
  const t = doc.nodes.find((n) => n.id === target);
  if (!s || !t || s.id === t.id) return [];
  const original = doc.meta.language;
  return allowedRelations(doc.vocabulary, s.kind, t.kind).map((r) => ({
    id: r.id,
    label: localize(r.label, r.labels, lang, original).text,
    exists: doc.edges.some((e) => e.source === source && e.target === target && e.relation === r.id),
  }));
}
