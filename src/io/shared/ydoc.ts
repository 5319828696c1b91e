/**
 * The model as a Yjs document (issue 13). Nodes and edges are Y.Maps keyed by id whose fields are
 * the element's own fields (position, label, kind, …, as plain values), so two people editing
 * different fields of one node both keep their change. The rest of the model (meta, vocabulary,
 * layout, style, template, checks) lives in one Y.Map of whole values: concurrent edits to the
 * vocabulary resolve per top-level key, last writer wins.
 *
 * Reading gives back a plain document that must enter through `importModel` like any file: a
 * peer's update is foreign input. The saved file format stays the project's JSON.
 */
import * as Y from 'yjs';
import type { ModelEdge, ModelNode, TheoryModel } from '../../model/types';

export type SharedMaps = { nodes: Y.Map<Y.Map<unknown>>; edges: Y.Map<Y.Map<unknown>>; rest: Y.Map<unknown> };

export function sharedMaps(doc: Y.Doc): SharedMaps {
  return { nodes: doc.getMap('nodes'), edges: doc.getMap('edges'), rest: doc.getMap('model') };
}

/** Top-level keys of the model stored whole in `rest`. Element lists are the element maps. */
const REST_KEYS = ['format', 'version', 'meta', 'vocabulary', 'layout', 'template', 'checks', 'style', 'presentation'] as const;

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes an element's fields into its map, touching only the fields that differ. With `previous`
 * (the element as the document last matched it), only the fields this peer changed are written:
 * a peer's concurrent change to another field of the same element, already in the map, stays.
 */
function writeFields(map: Y.Map<unknown>, element: Readonly<Record<string, unknown>>, previous?: Readonly<Record<string, unknown>>): void {
  if (previous) {
    for (const key of new Set([...Object.keys(previous), ...Object.keys(element)])) {
      if (key === 'id') continue;
      const value = element[key];
      if (same(previous[key], value)) continue;
      if (value === undefined) map.delete(key);
      else if (!same(map.get(key), value)) map.set(key, value);
    }
    return;
  }
  for (const [key, value] of Object.entries(element)) {
    if (key === 'id') continue;
    if (value === undefined) {
      if (map.has(key)) map.delete(key);
    } else if (!same(map.get(key), value)) map.set(key, value);
  }
  for (const key of [...map.keys()]) if (!Object.hasOwn(element, key) || element[key] === undefined) map.delete(key);
}

function writeElements<E extends { id: string }>(target: Y.Map<Y.Map<unknown>>, before: readonly E[] | undefined, after: readonly E[]): void {
  const previous = new Map((before ?? []).map((e) => [e.id, e]));
  const present = new Set<string>();
  for (const element of after) {
    present.add(element.id);
    // An element object the store kept is unchanged: nothing to write (the common case in a drag).
    if (previous.get(element.id) === element && target.has(element.id)) continue;
    let map = target.get(element.id);
    const fresh = !map;
    if (!map) target.set(element.id, (map = new Y.Map()));
    const prior = fresh ? undefined : (previous.get(element.id) as unknown as Record<string, unknown> | undefined);
    writeFields(map, element as unknown as Record<string, unknown>, prior);
  }
  for (const id of [...target.keys()]) if (!present.has(id)) target.delete(id);
}

/**
 * Writes `after` into the shared document, as the change from `before` (the model the document
 * last matched, or undefined to compare everything). Call inside `doc.transact(…, origin)`.
 */
export function writeModel(maps: SharedMaps, before: TheoryModel | undefined, after: TheoryModel): void {
  const rest = after as unknown as Record<string, unknown>;
  for (const key of REST_KEYS) {
    const value = rest[key];
    if (before && (before as unknown as Record<string, unknown>)[key] === value && maps.rest.has(key) === (value !== undefined)) continue;
    if (value === undefined) maps.rest.delete(key);
    else if (!same(maps.rest.get(key), value)) maps.rest.set(key, value);
  }
  if (!before || before.nodes !== after.nodes) writeElements(maps.nodes, before?.nodes, after.nodes);
  if (!before || before.edges !== after.edges) writeElements(maps.edges, before?.edges, after.edges);
}

/** Elements in a stable order every peer agrees on: by `order` key when present, then by id. */
function readElements(source: Y.Map<Y.Map<unknown>>): Record<string, unknown>[] {
  const list: Record<string, unknown>[] = [];
  source.forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    list.push({ id, ...map.toJSON() });
  });
  const key = (e: Record<string, unknown>) => (typeof e.order === 'string' ? e.order : '');
  return list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : String(a.id) < String(b.id) ? -1 : 1));
}

/** The shared document as a plain, unchecked document, or null when the room holds no model yet. */
export function readModel(maps: SharedMaps): Record<string, unknown> | null {
  if (!maps.rest.has('format')) return null;
  const plain: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of REST_KEYS) if (maps.rest.has(key)) plain[key] = maps.rest.get(key);
  plain.nodes = readElements(maps.nodes) as unknown as ModelNode[];
  plain.edges = readElements(maps.edges) as unknown as ModelEdge[];
  return plain;
}
