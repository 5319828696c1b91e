/**
 * A peer's version of the room that the import path refuses as a whole (`invalid`) is most often
 * one bad element: a buggy or hostile peer wrote a field of the wrong type (issue 13, bad input).
 * Refusing every later update would freeze the session for everyone until someone overwrote that
 * field, so the elements that fail the file format's own schema are left out and the rest is
 * imported as usual (the caller tries importModel again with this). Pure: no Yjs, no store.
 */
import { modelEdgeSchema, modelNodeSchema } from '../schema';
import { sanitize } from '../sanitize';

type Schema = { safeParse(value: unknown): { success: boolean } };

function keep(list: unknown, schema: Schema, dropped: string[]): unknown {
  if (!Array.isArray(list)) return list;
  return list.filter((element: unknown) => {
    const clean = sanitize(element);
    if (clean.ok && schema.safeParse(clean.value).success) return true;
    const id = (element as { id?: unknown } | null)?.id;
    dropped.push(typeof id === 'string' ? id : '?');
    return false;
  });
}

/** The document without its elements that fail the schema, and their ids; null if none fails. */
export function withoutBrokenElements(plain: Record<string, unknown>): { doc: Record<string, unknown>; dropped: string[] } | null {
  const dropped: string[] = [];
  const nodes = keep(plain.nodes, modelNodeSchema, dropped);
  const edges = keep(plain.edges, modelEdgeSchema, dropped);
  if (dropped.length === 0) return null;
  return { doc: { ...plain, nodes, edges }, dropped };
}
