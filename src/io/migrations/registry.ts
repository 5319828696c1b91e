/**
 * The numbered migration registry, tldraw-style: `migrations[n]` turns a version-n document into a
 * version-(n+1) document. Steps run one at a time from the file's version up to FORMAT_VERSION, so
 * each step only ever knows two adjacent shapes.
 *
 * Policy (docs/format.md): bump FORMAT_VERSION only for a change an older app would misread; add the
 * step here in the same change, with a test holding one saved file of the old version. Steps are
 * never edited after release.
 */

import { keysInArrayOrder } from '../../model/orderKeys';

/** A document of unknown shape, already parsed and sanitized; a step returns the next shape. */
export type MigrationDoc = Record<string, unknown>;
export type MigrationStep = (doc: MigrationDoc) => MigrationDoc;
export type MigrationRegistry = Readonly<Record<number, MigrationStep>>;

/** Top-level fields that version 2 added (issue 6: templates and model checks). */
const ADDED_IN_V2 = ['template', 'checks'];

/**
 * 1 → 2: version 2 adds two optional top-level fields, `template` and `checks`; every v1 document
 * is otherwise a v2 document. A v1 file cannot have meant anything by those names (v1 dropped
 * them as unknown), so a stray one is set aside under `x-v1-<name>` instead of being read with v2's
 * meaning: validation then drops it as an unknown field and lists it in the report, as v1 did.
 */
function v1ToV2(doc: MigrationDoc): MigrationDoc {
  const next: MigrationDoc = {};
  for (const [key, value] of Object.entries(doc)) {
    // defineProperty, not assignment: the key names are data (sanitize already removed reserved ones).
    Object.defineProperty(next, ADDED_IN_V2.includes(key) ? `x-v1-${key}` : key, { value, enumerable: true, writable: true, configurable: true });
  }
  return next;
}

/** Copies an object, setting aside (as `x-v<from>-<name>`) the keys a newer version gives a meaning to. */
function setAside(obj: MigrationDoc, added: readonly string[], from: number): MigrationDoc {
  const next: MigrationDoc = {};
  for (const [key, value] of Object.entries(obj)) {
    Object.defineProperty(next, added.includes(key) ? `x-v${from}-${key}` : key, { value, enumerable: true, writable: true, configurable: true });
  }
  return next;
}

const isRecord = (v: unknown): v is MigrationDoc => typeof v === 'object' && v !== null && !Array.isArray(v);
const mapRecords = (list: unknown, step: (item: MigrationDoc) => MigrationDoc): unknown =>
  Array.isArray(list) ? list.map((item) => (isRecord(item) ? step(item) : item)) : list;

/**
 * 2 → 3 (issue 10: figures for print): version 3 adds the top-level `style` (edge style), edges'
 * `bends` and `labelAt`, and relation types' `head` and `width`, plus two line patterns. Every v2
 * document is otherwise a v3 document; a stray key with one of the new names meant nothing in v2
 * (v2 dropped it as unknown), so it is set aside, and validation reports it as v2 did.
 */
function v2ToV3(doc: MigrationDoc): MigrationDoc {
  const next = setAside(doc, ['style'], 2);
  next.edges = mapRecords(next.edges, (e) => setAside(e, ['bends', 'labelAt'], 2));
  const vocabulary = next.vocabulary;
  if (isRecord(vocabulary)) {
    next.vocabulary = { ...vocabulary, relationTypes: mapRecords(vocabulary.relationTypes, (r) => setAside(r, ['head', 'width'], 2)) };
  }
  return next;
}

/** Gives each record of `list` the next key in array order; other entries are left for validation to refuse. */
function keyed(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const keys = keysInArrayOrder(list.length);
  return list.map((item, i) => {
    if (!isRecord(item)) return item;
    // The key goes right after the id, where the canonical form writes it.
    const next: MigrationDoc = {};
    let placed = false;
    for (const [key, value] of Object.entries(setAside(item, ['order'], 3))) {
      Object.defineProperty(next, key, { value, enumerable: true, writable: true, configurable: true });
      if (key === 'id') {
        next.order = keys[i];
        placed = true;
      }
    }
    if (!placed) next.order = keys[i];
    return next;
  });
}

/**
 * 3 → 4 (issue 11: ready for two writers): element order becomes data. Every node and edge gets
 * `order`, a fractional index, given in the file's array order (`a0`, `a1`…), so the drawing order
 * a v3 file meant is exactly kept. A stray `order` key meant nothing in v3 (v3 dropped it as
 * unknown), so it is set aside as `x-v3-order` and reported, as v3 did.
 */
function v3ToV4(doc: MigrationDoc): MigrationDoc {
  const next: MigrationDoc = { ...doc };
  next.nodes = keyed(doc.nodes);
  next.edges = keyed(doc.edges);
  return next;
}

/**
 * 4 → 5 (issue 14: presentation mode): version 5 adds the optional top-level `presentation` (the
 * authored steps). Every v4 document is otherwise a v5 document; a v4 file without it presents the
 * steps derived from its vocabulary, as before. A stray `presentation` key meant nothing in v4 (v4
 * dropped it as unknown), so it is set aside as `x-v4-presentation` and reported, as v4 did.
 */
function v4ToV5(doc: MigrationDoc): MigrationDoc {
  return setAside(doc, ['presentation'], 4);
}

export const migrations: MigrationRegistry = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
};
