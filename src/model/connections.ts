import { freshId, type IdGenerator } from './ids';
import { keepKeys } from './orderKeys';
import type { ModelEdge, TheoryModel } from './types';
import { allowedRelations, findRelation, relationAllows } from './vocabulary';

/**
 * The rule for what may connect to what, and the edits that create or change edges. The canvas
 * (`isValidConnection`, while dragging) and the store actions call the same functions, so a
 * relation the vocabulary forbids is refused however it is attempted.
 */

export type ConnectionRefusal =
  | 'missing-node'
  | 'missing-edge'
  | 'self-loop'
  | 'unknown-relation'
  | 'relation-not-allowed'
  | 'no-allowed-relation'
  | 'duplicate';

export type ConnectionPlan = { ok: true; source: string; target: string; relation: string };
export type ConnectionCheck = ConnectionPlan | { ok: false; reason: ConnectionRefusal };

const refuse = (reason: ConnectionRefusal) => ({ ok: false as const, reason });

function exists(doc: TheoryModel, source: string, target: string, relation: string, except?: string): boolean {
  return doc.edges.some((e) => e.id !== except && e.source === source && e.target === target && e.relation === relation);
}

/**
 * Whether `source → target` may be connected. With `relation`, that relation must allow the two
 * kinds; without, the most specific allowed relation not already used between the pair is chosen
 * (`defaultRelation`, skipping duplicates). `except` ignores one edge (the one being reconnected).
 */
export function checkConnection(doc: TheoryModel, source: string, target: string, relation?: string, except?: string): ConnectionCheck {
  const s = doc.nodes.find((n) => n.id === source);
  const t = doc.nodes.find((n) => n.id === target);
  if (!s || !t) return refuse('missing-node');
  if (source === target) return refuse('self-loop');
  if (relation !== undefined) {
    const type = findRelation(doc.vocabulary, relation);
    if (!type) return refuse('unknown-relation');
    if (!relationAllows(type, s.kind, t.kind)) return refuse('relation-not-allowed');
    if (exists(doc, source, target, relation, except)) return refuse('duplicate');
    return { ok: true, source, target, relation };
  }
  const allowed = allowedRelations(doc.vocabulary, s.kind, t.kind);
  if (allowed.length === 0) return refuse('no-allowed-relation');
  const fresh = allowed.find((r) => !exists(doc, source, target, r.id, except));
  return fresh ? { ok: true, source, target, relation: fresh.id } : refuse('duplicate');
}

/**
 * What a drag from node `a` to node `b` creates. Handles are direction-less (loose connection
 * mode), so when no relation allows a → b but one allows b → a (dragging from an actor to its
 * driver), the edge is made the way the vocabulary reads. The forward refusal is reported otherwise.
 */
export function planConnection(doc: TheoryModel, a: string, b: string): ConnectionCheck {
  const forward = checkConnection(doc, a, b);
  // Only turn around when no relation at all allows a → b; a duplicate forward is still refused.
  if (forward.ok || forward.reason !== 'no-allowed-relation') return forward;
  const backward = checkConnection(doc, b, a);
  return backward.ok ? backward : forward;
}

export type EdgeEditResult = { ok: true; doc: TheoryModel; edgeId: string } | { ok: false; reason: ConnectionRefusal };

/**
 * Adds the edge `source → target` (with `relation`, or the default one) after checking the rule.
 * `newId` makes its id (model/ids.ts); it is appended, so in a keyed list its key is after the last.
 */
export function connect(doc: TheoryModel, source: string, target: string, relation: string | undefined, newId: IdGenerator): EdgeEditResult {
  const check = checkConnection(doc, source, target, relation);
  if (!check.ok) return check;
  const edgeId = freshId(newId, 'e', new Set(doc.edges.map((e) => e.id)));
  const edge: ModelEdge = { id: edgeId, source: check.source, target: check.target, relation: check.relation };
  return { ok: true, doc: { ...doc, edges: keepKeys(doc.edges, [...doc.edges, edge]) }, edgeId };
}

/** Moves one or both ends of an edge. Its relation must allow the new ends, as for a new edge. */
export function reconnectEdge(doc: TheoryModel, edgeId: string, ends: { source?: string; target?: string }): EdgeEditResult {
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (!edge) return refuse('missing-edge');
  const source = ends.source ?? edge.source;
  const target = ends.target ?? edge.target;
  if (source === edge.source && target === edge.target) return { ok: true, doc, edgeId };
  const check = checkConnection(doc, source, target, edge.relation, edgeId);
  if (!check.ok) return check;
  return { ok: true, doc: replaceEdge(doc, { ...edge, source, target }), edgeId };
}

/** Changes an edge's relation type; refused when the new type does not allow the edge's ends. */
export function setEdgeRelation(doc: TheoryModel, edgeId: string, relation: string): EdgeEditResult {
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (!edge) return refuse('missing-edge');
  if (edge.relation === relation) return { ok: true, doc, edgeId };
  const check = checkConnection(doc, edge.source, edge.target, relation, edgeId);
  if (!check.ok) return check;
  return { ok: true, doc: replaceEdge(doc, { ...edge, relation }), edgeId };
}

/** Relation types the edge could have instead (those allowing its ends), the current one included. */
export function relationChoices(doc: TheoryModel, edgeId: string) {
  const edge = doc.edges.find((e) => e.id === edgeId);
  const s = edge && doc.nodes.find((n) => n.id === edge.source);
  const t = edge && doc.nodes.find((n) => n.id === edge.target);
  if (!edge || !s || !t) return [];
  return doc.vocabulary.relationTypes.filter((r) => relationAllows(r, s.kind, t.kind));
}

function replaceEdge(doc: TheoryModel, edge: ModelEdge): TheoryModel {
  return { ...doc, edges: doc.edges.map((e) => (e.id === edge.id ? edge : e)) };
}
