/**
 * Graph → ELK JSON. Returns one or more *jobs*: the whole graph is one job; a selection is one
 * job per container it touches (siblings can only be laid out against each other); radial is
 * one job around the root. Each job says how to place its result back (its anchor).
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import {
  currentSize, hasChildren, indexGraph, parentOf, representative, subtreeIds, type GraphIndex,
} from './graphIndex';
import { addGates } from './gates';
import {
  DEFAULT_BANDS, LARGE_GRAPH_NODES, ORGANIC_MAX_NODES, groupOptions, layeredOptions, organicOptions, radialOptions,
} from './options';
import { looksPlaced } from './order';
import { computePartitions } from './partitions';
import { LayoutError, type LayoutInput, type LayoutRequest } from './types';

/** Where a job's result goes: ELK's own coordinates, or translated to keep a point fixed. */
export type Anchor =
  | { kind: 'top-left'; x: number; y: number } // the selection's bounding box stays put
  | { kind: 'node'; id: string; x: number; y: number }; // the radial centre stays put
export type ElkJob = {
  graph: ElkNode;
  container: string | null;
  anchor: Anchor | null;
  /** Synthetic partition gates among the root's children (figure only; see gates.ts). */
  gates: ReadonlySet<string>;
  /** Edges left out of the ELK graph because both ends sit in one band (figure only; see isInBand). */
  inBand: ReadonlySet<string>;
};
export type ElkJobs = { index: GraphIndex; jobs: ElkJob[] };

export function toElk(input: LayoutInput, req: LayoutRequest): ElkJobs {
  const index = indexGraph(input);
  if (req.algorithm === 'radial') return { index, jobs: [radialJob(index, req)] };
  const tops = selectedTops(index, req.selection);
  if (tops === null) return { index, jobs: [hierarchyJob(index, req, null, index.children.get(null)!, null)] };
  const byContainer = new Map<string | null, string[]>();
  for (const id of tops) {
    const c = parentOf(index, id);
    if (!byContainer.has(c)) byContainer.set(c, []);
    byContainer.get(c)!.push(id);
  }
  const jobs = [...byContainer].map(([container, ids]) => {
    const boxes = ids.map((id) => index.nodes.get(id)!);
    const anchor: Anchor = { kind: 'top-left', x: Math.min(...boxes.map((n) => n.x)), y: Math.min(...boxes.map((n) => n.y)) };
    return hierarchyJob(index, req, container, ids, anchor);
  });
  return { index, jobs };
}

/** Known selected ids without a selected ancestor, in document order; null = whole graph. */
function selectedTops(index: GraphIndex, selection: string[] | undefined): string[] | null {
  if (!selection || selection.length === 0) return null;
  const chosen = new Set(selection.filter((id) => index.nodes.has(id)));
  const hasChosenAncestor = (id: string): boolean => {
    for (let p = parentOf(index, id); p !== null; p = parentOf(index, p)) if (chosen.has(p)) return true;
    return false;
  };
  return index.order.filter((id) => chosen.has(id) && !hasChosenAncestor(id));
}

const rootIdFor = (index: GraphIndex): string => {
  let id = '__layout_root__';
  while (index.nodes.has(id)) id += '_';
  return id;
};

function hierarchyJob(
  index: GraphIndex, req: LayoutRequest, container: string | null, tops: string[], anchor: Anchor | null,
): ElkJob {
  const ids = subtreeIds(index, tops);
  const organic = req.algorithm === 'organic';
  if (organic && ids.length > ORGANIC_MAX_NODES) {
    throw new LayoutError('too-large-for-organic', `Organic layout is limited to ${ORGANIC_MAX_NODES} nodes; this has ${ids.length}.`);
  }
  const figure = req.algorithm === 'figure';
  const keepOrder = !organic && (req.keepOrder ?? looksPlaced(index, ids));
  const graphOptions = organic ? organicOptions() : layeredOptions(req.direction, { partitioned: figure, keepOrder, nodeCount: ids.length, edgeStyle: req.edgeStyle });
  const elkNodes = new Map<string, ElkNode>();
  const build = (id: string): ElkNode => {
    const n = index.nodes.get(id)!;
    // Semi-interactive crossing minimisation reads the current (parent-relative) position.
    const at: LayoutOptions = keepOrder ? { 'elk.position': `(${n.x},${n.y})` } : {};
    const node: ElkNode = hasChildren(index, id)
      ? // No width/height: ELK sizes a compound node to its children plus padding.
        { id, layoutOptions: { ...groupOptions(graphOptions), ...at }, children: index.children.get(id)!.map(build), edges: [] }
      : { id, ...currentSize(index, id), ...(keepOrder && { layoutOptions: at }) };
    elkNodes.set(id, node);
    return node;
  };
  const rootId = rootIdFor(index);
  const root: ElkNode = { id: rootId, layoutOptions: graphOptions, children: tops.map(build), edges: [] };
  const bands = figure ? computePartitions(index, req.bands ?? DEFAULT_BANDS, tops) : new Map<string, number>();
  const gates = figure ? addGates(root, bands, (k) => `${rootId}gate${k}`) : [];
  const inJob = new Set(ids);
  const inBand = new Set<string>();
  for (const e of index.edges) {
    if (!inJob.has(e.source) || !inJob.has(e.target)) continue;
    if (figure && isInBand(index, bands, e.source, e.target)) {
      inBand.add(e.id);
      continue;
    }
    if (!organic) {
      // INCLUDE_CHILDREN: declare every edge at the root; ELK finds its container itself.
      root.edges!.push(layeredEdge(e.id, e.source, e.target, e.labelWidth, e.labelHeight, ids.length <= LARGE_GRAPH_NODES));
      continue;
    }
    // stress/sporeOverlap lay out each graph separately: an edge counts only between siblings,
    // so it is lifted to the children of the lowest container holding both ends.
    const lifted = liftEdge(index, e.source, e.target, container);
    if (!lifted) continue;
    const holder = lifted.container === container ? root : elkNodes.get(lifted.container!)!;
    holder.edges!.push({ id: e.id, sources: [lifted.source], targets: [lifted.target] });
  }
  return { graph: root, container, anchor, gates: new Set(gates), inBand };
}

/**
 * Figure preset: an edge between two top-level elements of the same band (actor → actor) is left
 * out of ELK's graph. Given to ELK, it makes a layer of its own inside the band, so the four actors
 * of Figure 2 stood in three staggered sub-columns instead of the paper's one column (issue 10,
 * item 8). Such edges are routed along the column afterwards (columnRoutes.ts).
 */
function isInBand(index: GraphIndex, bands: ReadonlyMap<string, number>, s: string, t: string): boolean {
  if (s === t || index.groups.has(s) || index.groups.has(t)) return false;
  const bs = bands.get(s);
  return bs !== undefined && bs === bands.get(t);
}

/** Stands in for a label's text, which ELK needs to be non-empty and never measures. */
export const LABEL_TEXT = 'label';

/**
 * `placed`: whether ELK places the label (and leaves room for it). ELK does not measure text: a
 * label only takes room if it has a size (stack.md §2.3), and only if it has some text — ELK
 * silently skips a label whose text is empty (elkjs 0.12.1: no room between layers, position left
 * at 0,0); the text itself is never read. Placed labels cost: Figure 2 took 1.0 → 2.9 s cold here,
 * and 500 nodes / 800 edges 6.4 → 22.5 s (anchors-turn2.md §2), past the worker's deadline. So
 * above LARGE_GRAPH_NODES labels keep their size but no text, as before issue 10: ELK routes the
 * edges and the canvas places those labels itself.
 */
function layeredEdge(id: string, source: string, target: string, lw?: number, lh?: number, placed = true): ElkExtendedEdge {
  const edge: ElkExtendedEdge = { id, sources: [source], targets: [target] };
  if (lw !== undefined && lh !== undefined && Number.isFinite(lw) && Number.isFinite(lh) && lw > 0 && lh > 0) {
    edge.labels = [{ text: placed ? LABEL_TEXT : '', width: lw, height: lh }];
  }
  return edge;
}

function liftEdge(index: GraphIndex, s: string, t: string, top: string | null) {
  for (let c = parentOf(index, s); ; c = parentOf(index, c!)) {
    const rs = representative(index, s, c);
    const rt = representative(index, t, c);
    if (rs !== undefined && rt !== undefined) return rs === rt ? null : { container: c, source: rs, target: rt };
    if (c === top || c === null) return null;
  }
}

function radialJob(index: GraphIndex, req: LayoutRequest): ElkJob {
  const rootId = req.rootId ?? req.selection?.find((id) => index.nodes.has(id));
  if (rootId === undefined || !index.nodes.has(rootId)) {
    throw new LayoutError('unknown-root', `Radial layout needs a known centre node (got "${rootId ?? ''}").`);
  }
  const container = parentOf(index, rootId);
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, []);
    neighbours.get(a)!.push(b);
  };
  for (const e of index.edges) {
    const a = representative(index, e.source, container);
    const b = representative(index, e.target, container);
    if (a === undefined || b === undefined || a === b) continue;
    link(a, b);
    link(b, a);
  }
  // ELK radial needs a tree whose centre is the only node without incoming edges: a BFS tree.
  const seen = new Set([rootId]);
  const queue = [rootId];
  const edges: ElkExtendedEdge[] = [];
  for (let i = 0; i < queue.length; i++) {
    for (const next of neighbours.get(queue[i]) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
      edges.push({ id: `tree:${edges.length}`, sources: [queue[i]], targets: [next] });
    }
  }
  const children = queue.map((id) => ({ id, ...currentSize(index, id) }));
  const root = index.nodes.get(rootId)!;
  const graph: ElkNode = { id: rootIdFor(index), layoutOptions: radialOptions(), children, edges };
  return { graph, container, anchor: { kind: 'node', id: rootId, x: root.x, y: root.y }, gates: new Set(), inBand: new Set() };
}
