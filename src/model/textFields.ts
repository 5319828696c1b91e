/**
 * Every piece of text a user wrote in a model, in one walk: the title and description, and the
 * labels, translations and descriptions of nodes, edges, kinds and relation types. Templates fill
 * them, find-and-replace searches them, Save as template rewrites them. `meta.source` and
 * `meta.authors` are deliberately not text fields: a citation must not change when the model does.
 */
import type { ModelEdge, ModelNode, NodeKind, RelationType, TheoryModel, Translations } from './types';

export type TextOwner =
  | { type: 'meta' }
  | { type: 'node'; id: string }
  | { type: 'edge'; id: string }
  | { type: 'kind'; id: string }
  | { type: 'relation'; id: string };

/** `label` is the title for meta; `translation` carries `lang`, the key in `labels`. */
export type TextFieldName = 'label' | 'description' | 'translation';

export type TextField = { owner: TextOwner; field: TextFieldName; lang?: string; text: string };

/**
 * The new text of a field, `undefined` to keep it, or `null` to remove it (only translations
 * and descriptions can be removed; for a label `null` keeps the label).
 */
export type TextMapper = (field: TextField) => string | null | undefined;

type Item = { label?: string; description?: string; labels?: Translations };

function fieldsOf(owner: TextOwner, item: Item, labelKey: 'label' | 'title', out: TextField[]) {
  const label = labelKey === 'title' ? (item as { title?: string }).title : item.label;
  if (label !== undefined) out.push({ owner, field: 'label', text: label });
  for (const [lang, text] of Object.entries(item.labels ?? {})) out.push({ owner, field: 'translation', lang, text });
  if (item.description !== undefined) out.push({ owner, field: 'description', text: item.description });
}

export function listTextFields(doc: TheoryModel): TextField[] {
  const out: TextField[] = [];
  fieldsOf({ type: 'meta' }, doc.meta, 'title', out);
  for (const n of doc.nodes) fieldsOf({ type: 'node', id: n.id }, n, 'label', out);
  for (const e of doc.edges) fieldsOf({ type: 'edge', id: e.id }, e, 'label', out);
  for (const k of doc.vocabulary.nodeKinds) fieldsOf({ type: 'kind', id: k.id }, k, 'label', out);
  for (const r of doc.vocabulary.relationTypes) fieldsOf({ type: 'relation', id: r.id }, r, 'label', out);
  return out;
}

/** Applies `map` to one item's fields; returns the item itself when nothing changed. */
function mapItem<T extends Item>(owner: TextOwner, item: T, labelKey: 'label' | 'title', map: TextMapper): T {
  let next: T = item;
  const label = labelKey === 'title' ? (item as { title?: string }).title : item.label;
  if (label !== undefined) {
    const text = map({ owner, field: 'label', text: label });
    if (typeof text === 'string' && text !== label) next = { ...next, [labelKey]: text };
  }
  if (item.labels) {
    let labels: Translations | undefined = item.labels;
    for (const [lang, text] of Object.entries(item.labels)) {
      const mapped = map({ owner, field: 'translation', lang, text });
      if (mapped === undefined || mapped === text) continue;
      // Own properties only (fromEntries), so a "__proto__" language tag stays plain data.
      labels = Object.fromEntries(Object.entries(labels ?? {}).flatMap(([l, t]) => (l !== lang ? [[l, t]] : mapped === null ? [] : [[l, mapped]])));
    }
    if (labels !== item.labels) {
      if (labels && Object.keys(labels).length > 0) next = { ...next, labels };
      else {
        const { labels: _gone, ...rest } = next;
        next = rest as T;
      }
    }
  }
  if (item.description !== undefined) {
    const text = map({ owner, field: 'description', text: item.description });
    if (text === null) {
      const { description: _gone, ...rest } = next;
      next = rest as T;
    } else if (text !== undefined && text !== item.description) next = { ...next, description: text };
  }
  return next;
}

function mapList<T extends Item & { id: string }>(items: T[], type: 'node' | 'edge' | 'kind' | 'relation', map: TextMapper): T[] {
  let changed = false;
  const out = items.map((item) => {
    const next = mapItem({ type, id: item.id }, item, 'label', map);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? out : items;
}

/** Rewrites text fields; returns the same document when no field changed. */
export function mapTextFields(doc: TheoryModel, map: TextMapper): TheoryModel {
  const meta = mapItem({ type: 'meta' }, doc.meta, 'title', map);
  const nodes = mapList<ModelNode>(doc.nodes, 'node', map);
  const edges = mapList<ModelEdge>(doc.edges, 'edge', map);
  const nodeKinds = mapList<NodeKind>(doc.vocabulary.nodeKinds, 'kind', map);
  const relationTypes = mapList<RelationType>(doc.vocabulary.relationTypes, 'relation', map);
  const vocabularyChanged = nodeKinds !== doc.vocabulary.nodeKinds || relationTypes !== doc.vocabulary.relationTypes;
  if (meta === doc.meta && nodes === doc.nodes && edges === doc.edges && !vocabularyChanged) return doc;
  return {
    ...doc,
    meta,
    nodes,
    edges,
    vocabulary: vocabularyChanged ? { nodeKinds, relationTypes } : doc.vocabulary,
  };
}

export function sameOwner(a: TextOwner, b: TextOwner): boolean {
  return a.type === b.type && (a.type === 'meta' || a.id === (b as { id: string }).id);
}
