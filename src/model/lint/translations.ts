/**
 * Missing translations: which texts show in their original language because `lang` has no
 * translation for them. The same test as model/language.ts `localize` (which marks them on the
 * canvas with `is-untranslated`), so the count in the header and the marks always agree.
 */
import { localize, primaryLanguage } from '../language';
import { GROUP_KIND, type TheoryModel } from '../types';
import type { ProblemTarget } from './types';

/** Translation languages the model's own text uses (nodes, edges, title), as primary subtags. */
export function modelLanguages(doc: TheoryModel): string[] {
  const original = primaryLanguage(doc.meta.language ?? 'zh');
  const langs = new Set<string>();
  const add = (labels: Record<string, string> | undefined) => {
    for (const [tag, text] of Object.entries(labels ?? {})) if (text && primaryLanguage(tag) !== original) langs.add(primaryLanguage(tag));
  };
  add(doc.meta.labels);
  for (const n of doc.nodes) add(n.labels);
  for (const e of doc.edges) add(e.labels);
  return [...langs].sort();
}

/** Every text shown on the canvas, legend or title that `lang` leaves untranslated. */
export function untranslated(doc: TheoryModel, lang: string): ProblemTarget[] {
  const original = doc.meta.language;
  const missing = (label: string, labels: Record<string, string> | undefined) => localize(label, labels, lang, original).missing;
  const out: ProblemTarget[] = [];
  if (missing(doc.meta.title, doc.meta.labels)) out.push({ type: 'meta' });
  for (const n of doc.nodes) if (missing(n.label.trim() ? n.label : '', n.labels)) out.push({ type: 'node', id: n.id });
  for (const e of doc.edges) if (e.label && missing(e.label, e.labels)) out.push({ type: 'edge', id: e.id });
  // Vocabulary names appear in the legend and node badges only when used.
  const usedKinds = new Set(doc.nodes.map((n) => n.kind));
  const usedRelations = new Set(doc.edges.map((e) => e.relation));
  for (const k of doc.vocabulary.nodeKinds) if (k.id !== GROUP_KIND && usedKinds.has(k.id) && missing(k.label, k.labels)) out.push({ type: 'kind', id: k.id });
  for (const r of doc.vocabulary.relationTypes) if (usedRelations.has(r.id) && missing(r.label, r.labels)) out.push({ type: 'relation', id: r.id });
  return out;
}
