import { updateNode } from './edits';
import { withText } from './translatable';
import type { Meta, ModelEdge, TheoryModel } from './types';
import { findRelation, relationAllows } from './vocabulary';

/**
 * Pure edits behind the Inspector: one field at a time. Like every edit in model/, each returns
 * the same document when nothing changes, so a keystroke that changes nothing is no undo step.
 */

/** Sets a node's label (original language) or its translation in `lang`. Groups use this for their title. */
export function setNodeText(doc: TheoryModel, id: string, lang: string, text: string): TheoryModel {
  return updateNode(doc, id, (node) => withText(node, lang, doc.meta.language, text));
}

/** Sets a node's description (notes); an empty one is removed. */
export function setNodeDescription(doc: TheoryModel, id: string, text: string): TheoryModel {
  return updateNode(doc, id, (node) => {
    if (text === '') {
      if (node.description === undefined) return node;
      const { description: _drop, ...rest } = node;
      return rest;
    }
    return node.description === text ? node : { ...node, description: text };
  });
}

export function updateEdge(doc: TheoryModel, id: string, update: (edge: ModelEdge) => ModelEdge): TheoryModel {
  let changed = false;
  const edges = doc.edges.map((edge) => {
    if (edge.id !== id) return edge;
    const next = update(edge);
    if (next !== edge) changed = true;
    return next;
  });
  return changed ? { ...doc, edges } : doc;
}

/** Sets an edge's own label (optional: an empty original label is removed) or its translation. */
export function setEdgeText(doc: TheoryModel, id: string, lang: string, text: string): TheoryModel {
  return updateEdge(doc, id, (edge) => withText(edge, lang, doc.meta.language, text, true));
}

/**
 * Changes an edge's relation type. Refused (same document) when the type is unknown or does not
 * allow the kinds at the edge's ends: the vocabulary's rules hold for every edit, not only drags.
 */
export function setEdgeRelation(doc: TheoryModel, id: string, relationId: string): TheoryModel {
  const relation = findRelation(doc.vocabulary, relationId);
  if (!relation) return doc;
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind] as const));
  return updateEdge(doc, id, (edge) => {
    if (edge.relation === relationId) return edge;
    const source = kindOf.get(edge.source);
    const target = kindOf.get(edge.target);
    if (source === undefined || target === undefined || !relationAllows(relation, source, target)) return edge;
    return { ...edge, relation: relationId };
  });
}

function updateMeta(doc: TheoryModel, meta: Meta): TheoryModel {
  return meta === doc.meta ? doc : { ...doc, meta };
}

/** Sets the title in `lang` (the original language edits `title`, another one `meta.labels`). */
export function setTitle(doc: TheoryModel, lang: string, text: string): TheoryModel {
  const meta = doc.meta;
  const asItem = withText({ label: meta.title, labels: meta.labels }, lang, meta.language, text);
  if (asItem.label === meta.title && asItem.labels === meta.labels) return doc;
  const { labels: _old, ...rest } = meta;
  return updateMeta(doc, { ...rest, title: asItem.label ?? '', ...(asItem.labels ? { labels: asItem.labels } : {}) });
}

export type MetaTextField = 'description' | 'source' | 'language';

/** Sets an optional text field of the document; an empty value removes it. */
export function setMetaField(doc: TheoryModel, field: MetaTextField, text: string): TheoryModel {
  const meta = doc.meta;
  if (text === '') {
    if (meta[field] === undefined) return doc;
    const { [field]: _drop, ...rest } = meta;
    return updateMeta(doc, rest);
  }
  return meta[field] === text ? doc : updateMeta(doc, { ...meta, [field]: text });
}

/** Authors typed as one name per line or separated by commas (also Chinese ，、；). */
export function parseAuthors(text: string): string[] {
  return text
    .split(/[\n,，、;；]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

export function formatAuthors(authors: readonly string[] | undefined): string {
  return (authors ?? []).join(', ');
}

/** Sets the author list; an empty list removes the field. */
export function setAuthors(doc: TheoryModel, authors: readonly string[]): TheoryModel {
  const meta = doc.meta;
  const current = meta.authors ?? [];
  if (current.length === authors.length && current.every((a, i) => a === authors[i])) return doc;
  if (authors.length === 0) {
    const { authors: _drop, ...rest } = meta;
    return updateMeta(doc, rest);
  }
  return updateMeta(doc, { ...meta, authors: [...authors] });
}

/** A BCP 47 tag in its common shape (`zh`, `zh-CN`, `zh-Hans-CN`, `en-US`); a hint for the form, not a refusal. */
export function looksLikeLanguageTag(tag: string): boolean {
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag);
}
