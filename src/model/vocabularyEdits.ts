import { withText } from './translatable';
import { DEFAULT_LINE_WIDTH } from './relationStyle';
import { GROUP_KIND, LINE_WIDTH_MAX, LINE_WIDTH_MIN, type ArrowHead, type ArrowStyle, type LineStyle, type NodeKind, type NodeShape, type RelationType, type TheoryModel } from './types';

/**
 * Pure edits of the vocabulary: add, rename, recolour, restyle and reorder node kinds and relation
 * types. Removal (which must reassign what uses an entry) is in vocabularyRemove.ts. Each returns
 * the same document when nothing changes or the edit is refused (an unknown id, a bad colour).
 */

type Entries = { nodeKinds: NodeKind; relationTypes: RelationType };
export type VocabularyList = keyof Entries;

/** Colours in the picker are `#rrggbb`; anything else (named colours, CSS) is refused, never stored. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function updateEntry<L extends VocabularyList>(doc: TheoryModel, list: L, id: string, update: (entry: Entries[L]) => Entries[L]): TheoryModel {
  const entries = doc.vocabulary[list] as Entries[L][];
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return doc;
  const next = update(entries[index]);
  if (next === entries[index]) return doc;
  const copy = [...entries];
  copy[index] = next;
  return { ...doc, vocabulary: { ...doc.vocabulary, [list]: copy } };
}

/** Renames an entry in `lang` (the original language edits `label`, others its translations). */
export function setEntryText(doc: TheoryModel, list: VocabularyList, id: string, lang: string, text: string): TheoryModel {
  return updateEntry(doc, list, id, (entry) => {
    const next = withText(entry, lang, doc.meta.language, text);
    return next.label === undefined ? { ...next, label: '' } : next;
  });
}

export function setEntryColor(doc: TheoryModel, list: VocabularyList, id: string, color: string): TheoryModel {
  if (!HEX_COLOR.test(color)) return doc;
  const value = color.toLowerCase();
  return updateEntry(doc, list, id, (entry) => (entry.color.toLowerCase() === value ? entry : { ...entry, color: value }));
}

/** Moves an entry one place up (-1) or down (+1); the order is the legend's order. */
export function moveEntry(doc: TheoryModel, list: VocabularyList, id: string, delta: -1 | 1): TheoryModel {
  const entries = doc.vocabulary[list];
  const from = entries.findIndex((e) => e.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= entries.length) return doc;
  const copy: (NodeKind | RelationType)[] = [...entries];
  [copy[from], copy[to]] = [copy[to], copy[from]];
  return { ...doc, vocabulary: { ...doc.vocabulary, [list]: copy } };
}

export function setKindShape(doc: TheoryModel, id: string, shape: NodeShape): TheoryModel {
  return updateEntry(doc, 'nodeKinds', id, (k) => ((k.shape ?? 'rounded') === shape ? k : { ...k, shape }));
}

export function setRelationLine(doc: TheoryModel, id: string, line: LineStyle): TheoryModel {
  return updateEntry(doc, 'relationTypes', id, (r) => ((r.line ?? 'solid') === line ? r : { ...r, line }));
}

export function setRelationArrow(doc: TheoryModel, id: string, arrow: ArrowStyle): TheoryModel {
  return updateEntry(doc, 'relationTypes', id, (r) => ((r.arrow ?? 'end') === arrow ? r : { ...r, arrow }));
}

/** The arrowhead's shape (format v3); absent counts as `filled`. */
export function setRelationHead(doc: TheoryModel, id: string, head: ArrowHead): TheoryModel {
  return updateEntry(doc, 'relationTypes', id, (r) => ((r.head ?? 'filled') === head ? r : { ...r, head }));
}

/**
 * The line width in px (format v3), kept within LINE_WIDTH_MIN–LINE_WIDTH_MAX and to a tenth of a
 * pixel (finer differences cannot be seen); anything not a finite number is refused.
 */
export function setRelationWidth(doc: TheoryModel, id: string, width: number): TheoryModel {
  if (!Number.isFinite(width)) return doc;
  const value = Math.round(Math.min(LINE_WIDTH_MAX, Math.max(LINE_WIDTH_MIN, width)) * 10) / 10;
  return updateEntry(doc, 'relationTypes', id, (r) => ((r.width ?? DEFAULT_LINE_WIDTH) === value ? r : { ...r, width: value }));
}

/**
 * Sets which kinds a relation type may start from / end at (an empty list: any kind). Refused when
 * an existing edge of this type would break the new rule, so the document never holds an edge its
 * vocabulary forbids; the editor disables the choices this would refuse.
 */
export function setRelationEnds(doc: TheoryModel, id: string, end: 'from' | 'to', kinds: readonly string[]): TheoryModel {
  const unique = [...new Set(kinds)];
  if (unique.length > 0) {
    const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind] as const));
    const allowed = new Set(unique);
    const breaks = doc.edges.some((e) => e.relation === id && !allowed.has(kindOf.get(end === 'from' ? e.source : e.target) ?? ''));
    if (breaks) return doc;
  }
  return updateEntry(doc, 'relationTypes', id, (r) => {
    const current = r[end] ?? [];
    if (current.length === unique.length && current.every((k, i) => k === unique[i])) return r;
    if (unique.length === 0) {
      const { [end]: _drop, ...rest } = r;
      return rest;
    }
    return { ...r, [end]: unique };
  });
}

/** A lower-case ASCII slug of a label: `Key actor` → `key-actor`; '' for text with no ASCII letters or digits. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * A new id: the slug of the first label that has one (e.g. the English name of a Chinese label),
 * else `kind-N` / `relation-N`; made unique with `-2`, `-3`… `group` is reserved for kinds.
 */
export function newEntryId(doc: TheoryModel, list: VocabularyList, labels: readonly string[]): string {
  const taken = new Set<string>(doc.vocabulary[list].map((e) => e.id));
  if (list === 'nodeKinds') taken.add(GROUP_KIND);
  const slug = labels.map(slugify).find((s) => s.length > 0);
  if (slug) {
    if (!taken.has(slug)) return slug;
    for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
  }
  const prefix = list === 'nodeKinds' ? 'kind' : 'relation';
  for (let n = doc.vocabulary[list].length + 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Distinct, print-safe colours offered to new entries before any repeats. */
export const ENTRY_COLORS = ['#1f4e79', '#b45309', '#2e7d32', '#6a1b9a', '#c62828', '#00838f', '#5d4037', '#ad1457', '#455a64', '#827717'];

export function nextColor(doc: TheoryModel, list: VocabularyList): string {
  const used = new Set(doc.vocabulary[list].map((e) => e.color.toLowerCase()));
  return ENTRY_COLORS.find((c) => !used.has(c)) ?? ENTRY_COLORS[doc.vocabulary[list].length % ENTRY_COLORS.length];
}

/**
 * Adds an entry named `name` in `lang`. Its label is `name` (and, when `lang` is not the model's
 * original language, the translation in `lang` too, so it reads right on both sides). Returns the
 * new document and the id it got; an empty name adds nothing.
 */
export function addEntry(doc: TheoryModel, list: VocabularyList, name: string, lang: string, idHints: readonly string[] = []): { doc: TheoryModel; id?: string } {
  const label = name.trim();
  if (label === '') return { doc };
  const id = newEntryId(doc, list, [...idHints, label]);
  const base = { id, label, color: nextColor(doc, list) };
  const named = withText(base, lang, doc.meta.language, label);
  const entry = list === 'nodeKinds' ? ({ ...named, shape: 'rounded' } satisfies NodeKind) : named;
  return { doc: { ...doc, vocabulary: { ...doc.vocabulary, [list]: [...doc.vocabulary[list], entry] } }, id };
}
