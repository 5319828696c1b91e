/**
 * How each element is drawn under the emphasis settings of model/emphasis.ts (issue 14): the
 * focus's neighbourhood, the filters, the hits and marks. Pure. Loaded when something is first
 * emphasised, not with the first page (issue 15).
 */
import { modeOf, NO_EMPHASIS, NO_FILTERS, type Emphasis, type EmphasisInput, type FilterMode, type Look } from './emphasis';
import type { TheoryModel } from './types';

/**
 * The elements within `hops` relations of `ids` (themselves included), and the edges among them.
 * A group counts as near when one of its members is, so the box stays readable; a group in focus
 * brings its members in as the starting ring.
 */
export function neighbourhood(doc: TheoryModel, ids: readonly string[], hops: number): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>(ids);
  const edges = new Set<string>();
  let frontier = new Set<string>(ids);
  for (const n of doc.nodes) {
    if (n.parent !== undefined && nodes.has(n.parent) && ids.includes(n.parent)) {
      nodes.add(n.id);
      frontier.add(n.id);
    }
  }
  for (let step = 0; step < hops; step++) {
    const next = new Set<string>();
    for (const e of doc.edges) {
      const fromIn = frontier.has(e.source);
      const toIn = frontier.has(e.target);
      if (!fromIn && !toIn) continue;
      edges.add(e.id);
      for (const end of [e.source, e.target]) {
        if (nodes.has(end)) continue;
        nodes.add(end);
        next.add(end);
      }
    }
    frontier = next;
  }
  // Edges between two near elements are part of the picture too.
  for (const e of doc.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
  const parents = new Map(doc.nodes.map((n) => [n.id, n.parent] as const));
  for (const n of [...nodes]) {
    for (let p = parents.get(n), guard = 0; p !== undefined && guard < doc.nodes.length; p = parents.get(p), guard++) nodes.add(p);
  }
  return { nodes, edges };
}

/**
 * How each element is drawn. Hidden wins over everything (an edge of a hidden element hides too,
 * as does a group's content when the group's kind is hidden); then dim (filters, and outside the
 * focus); find hits are marked on what is left visible. Elements drawn normally are absent.
 */
export function emphasis(doc: TheoryModel, input: EmphasisInput): Emphasis {
  const filters = input.filters ?? NO_FILTERS;
  const ids = input.focus ? input.focus.ids.filter((id) => doc.nodes.some((n) => n.id === id)) : [];
  const near = input.focus && ids.length > 0 ? neighbourhood(doc, ids, input.focus.hops) : undefined;
  const hits = input.hits;
  const diff = input.diff;
  const step = input.step;
  if (!near && !hits && !diff && !step && filters.kinds.size === 0 && filters.relations.size === 0) return NO_EMPHASIS;
  const nodes = new Map<string, Look>();
  const edges = new Map<string, Look>();
  const byId = new Map(doc.nodes.map((n) => [n.id, n] as const));
  const nodeMode = (id: string): FilterMode => {
    let mode: FilterMode = 'show';
    // A hidden group hides what is inside it; a dimmed one dims it.
    for (let n = byId.get(id), guard = 0; n && guard <= doc.nodes.length; n = n.parent !== undefined ? byId.get(n.parent) : undefined, guard++) {
      const m = modeOf(filters.kinds, n.kind);
      if (m === 'hide') return 'hide';
      if (m === 'dim') mode = 'dim';
    }
    return mode;
  };
  for (const n of doc.nodes) {
    const mode = nodeMode(n.id);
    if (mode === 'hide') nodes.set(n.id, 'hidden');
    else if (mode === 'dim' || (near && !near.nodes.has(n.id)) || (step && !step.nodes.has(n.id))) nodes.set(n.id, 'dim');
    else if (hits?.nodes.has(n.id)) nodes.set(n.id, hits.current?.type === 'node' && hits.current.id === n.id ? 'current' : 'hit');
    else if (diff?.nodes.has(n.id)) nodes.set(n.id, diff.nodes.get(n.id)!);
  }
  for (const e of doc.edges) {
    const mode = modeOf(filters.relations, e.relation);
    const ends = [nodes.get(e.source), nodes.get(e.target)];
    if (mode === 'hide' || ends.includes('hidden')) edges.set(e.id, 'hidden');
    else if (mode === 'dim' || ends.includes('dim') || (near && !near.edges.has(e.id)) || (step && !step.edges.has(e.id))) edges.set(e.id, 'dim');
    else if (hits?.edges.has(e.id)) edges.set(e.id, hits.current?.type === 'edge' && hits.current.id === e.id ? 'current' : 'hit');
    else if (diff?.edges.has(e.id)) edges.set(e.id, diff.edges.get(e.id)!);
  }
  return { nodes, edges };
}

/**
 * The model as the view shows it: hidden elements and edges left out. An export of a filtered
 * view draws its legend from this, so a hidden kind or relation is not listed there either.
 */
export function withoutHidden(doc: TheoryModel, looks: Emphasis): TheoryModel {
  if (![...looks.nodes.values(), ...looks.edges.values()].includes('hidden')) return doc;
  return { ...doc, nodes: doc.nodes.filter((n) => looks.nodes.get(n.id) !== 'hidden'), edges: doc.edges.filter((e) => looks.edges.get(e.id) !== 'hidden') };
}
