import { activeEditor } from './activeEditor';
import type { TFunction } from '../i18n/translate';
import { translator } from '../i18n/translate';
import { connect, planConnection, reconnectEdge, setEdgeRelation, type ConnectionRefusal, type EdgeEditResult } from '../model/connections';
import { sizeFrom } from '../model/geometry';
import { groupNodes, ungroupNodes } from '../model/grouping';
import { localize } from '../model/language';
import { addNode, nudgeNodes, removeElements } from '../model/structure';
import { GROUP_KIND, type Point, type TheoryModel } from '../model/types';
import { fallbackKind, findKind, findRelation } from '../model/vocabulary';
import { useAppStore, type AppState } from './appStore';
import { EMPTY_SELECTION, type Selection } from './viewSlice';

/**
 * Store actions for editing the document's structure. Each one makes at most ONE `edit()` call,
 * so it is exactly one undo step (or none when nothing changed); selection updates come after
 * and are never steps. Refusals (a relation the vocabulary forbids…) leave the document alone
 * and say why in a notice.
 */

const state = () => useAppStore.getState();

const idSets = new WeakMap<readonly { id: string }[], ReadonlySet<string>>();

/** The ids of a node or edge list, built once per list: commands' enabled checks ask on every store update. */
function idsOf(list: readonly { id: string }[]): ReadonlySet<string> {
  let ids = idSets.get(list);
  if (!ids) idSets.set(list, (ids = new Set(list.map((x) => x.id))));
  return ids;
}

/**
 * The selection, minus ids that no longer exist (undo can remove selected elements). Toolbar and
 * menu entries ask it on every store update, each drag frame too: the id sets are built once per
 * node and edge list rather than once per call (issue 15).
 */
export function liveSelection(s: Pick<AppState, 'doc' | 'selection'> = state()): { nodes: string[]; edges: string[] } {
  const { nodes, edges } = s.selection;
  return {
    nodes: nodes.size === 0 ? [] : [...nodes].filter((id) => idsOf(s.doc.nodes).has(id)),
    edges: edges.size === 0 ? [] : [...edges].filter((id) => idsOf(s.doc.edges).has(id)),
  };
}

export function select(nodes: Iterable<string> = [], edges: Iterable<string> = []) {
  const next: Selection = { nodes: new Set(nodes), edges: new Set(edges) };
  state().setSelection(next.nodes.size === 0 && next.edges.size === 0 ? EMPTY_SELECTION : next);
}

/** Applies a pure edit as one undo step; returns whether the document changed. */
function commit(change: (doc: TheoryModel) => TheoryModel): boolean {
  const before = state().doc;
  state().edit(change);
  return state().doc !== before;
}

const t = (): TFunction => translator(state().uiLang);

/** A kind's label in the diagram language, for messages. */
function kindText(doc: TheoryModel, id: string): string {
  const kind = findKind(doc.vocabulary, id) ?? fallbackKind(id);
  return localize(kind.label, kind.labels, state().diagramLang, doc.meta.language).text;
}

/** Says why a connection was refused, naming the kinds and the relation. */
export function refusalText(doc: TheoryModel, reason: ConnectionRefusal, source?: string, target?: string, relation?: string): string {
  const kindOf = (id?: string) => kindText(doc, doc.nodes.find((n) => n.id === id)?.kind ?? '?');
  const type = relation ? findRelation(doc.vocabulary, relation) : undefined;
  const relationName = type ? localize(type.label, type.labels, state().diagramLang, doc.meta.language).text : (relation ?? '');
  return t()(`connect.refused.${reason}`, { source: kindOf(source), target: kindOf(target), relation: relationName });
}

function report(result: EdgeEditResult, source?: string, target?: string, relation?: string): EdgeEditResult {
  if (!result.ok) state().notify('warning', refusalText(state().doc, result.reason, source, target, relation));
  return result;
}

/** Adds a node of `kind` with its top-left at `position` (absolute), selects it and remembers the kind. */
export function addNodeAt(kind: string, position: Point): string | undefined {
  let id: string | undefined;
  commit((doc) => {
    const r = addNode(doc, { kind, position }, activeEditor().ids);
    id = r.id;
    return r.doc;
  });
  if (!id) return undefined;
  if (kind !== GROUP_KIND) state().setLastKind(kind);
  state().setRelationPicker(null);
  select([id]);
  return id;
}

/** Deletes the selected nodes (with their edges) and edges: one step. */
export function deleteSelection(): boolean {
  const { nodes, edges } = liveSelection();
  const changed = commit((doc) => removeElements(doc, nodes, edges));
  if (changed) select();
  return changed;
}

/** Connects `source → target` with `relation` or the default one; refused (with a notice) when the vocabulary forbids it. */
export function connectNodes(source: string, target: string, relation?: string): EdgeEditResult {
  const result = connect(state().doc, source, target, relation, activeEditor().ids);
  if (result.ok) {
    commit(() => result.doc);
    select([], [result.edgeId]);
  }
  return report(result, source, target, relation);
}

/**
 * A connection drawn with the mouse: direction-less handles, so the edge goes the way the
 * vocabulary allows (planConnection). The new edge is selected and its relation picker opened.
 */
export function connectByDrag(a: string, b: string): EdgeEditResult {
  const plan = planConnection(state().doc, a, b);
  if (!plan.ok) return report(plan, a, b);
  const result = connectNodes(plan.source, plan.target, plan.relation);
  if (result.ok) state().setRelationPicker(result.edgeId);
  return result;
}

export function reconnect(edgeId: string, ends: { source?: string; target?: string }): EdgeEditResult {
  const edge = state().doc.edges.find((e) => e.id === edgeId);
  const result = reconnectEdge(state().doc, edgeId, ends);
  if (result.ok) {
    commit(() => result.doc);
    select([], [edgeId]);
  }
  return report(result, ends.source ?? edge?.source, ends.target ?? edge?.target, edge?.relation);
}

export function changeRelation(edgeId: string, relation: string): EdgeEditResult {
  const edge = state().doc.edges.find((e) => e.id === edgeId);
  const result = setEdgeRelation(state().doc, edgeId, relation);
  if (result.ok) commit(() => result.doc);
  return report(result, edge?.source, edge?.target, relation);
}

/** Puts the selected nodes in a new group box and selects the box. */
export function groupSelection(): string | undefined {
  const { nodes } = liveSelection();
  let id: string | undefined;
  commit((doc) => {
    const r = groupNodes(doc, nodes, { sizeOf: sizeFrom(state().measured) }, activeEditor().ids);
    id = r.id;
    return r.doc;
  });
  if (id) select([id]);
  return id;
}

/** Removes the selected group boxes, keeping their contents in place, and selects the contents. */
export function ungroupSelection(): boolean {
  const { nodes } = liveSelection();
  let children: string[] = [];
  const changed = commit((doc) => {
    const r = ungroupNodes(doc, nodes);
    children = r.children;
    return r.doc;
  });
  if (changed) select(children);
  return changed;
}

export function nudgeSelection(dx: number, dy: number): boolean {
  const { nodes } = liveSelection();
  return commit((doc) => nudgeNodes(doc, nodes, dx, dy));
}

export function selectAll() {
  const { doc } = state();
  select(
    doc.nodes.map((n) => n.id),
    doc.edges.map((e) => e.id),
  );
}

export const hasSelectedNodes = (s: AppState) => liveSelection(s).nodes.length > 0;
export const hasSelection = (s: AppState) => {
  const live = liveSelection(s);
  return live.nodes.length + live.edges.length > 0;
};
export const hasSelectedGroup = (s: AppState) => liveSelection(s).nodes.some((id) => s.doc.nodes.find((n) => n.id === id)?.kind === GROUP_KIND);
