/**
 * Validates a `LayoutInput` once and indexes it (children per container, groups, usable edges,
 * parents-first order). Every later step trusts this index instead of re-checking.
 */
import { GROUP_KIND, type Size } from '../model/types';
import { LayoutError, type LayoutEdgeInput, type LayoutInput, type LayoutNodeInput } from './types';

/** Room around a group's children; the top holds the group's title. */
export const GROUP_PADDING = { top: 44, left: 16, bottom: 16, right: 16 } as const;
/** Size of a childless group that the canvas has not measured yet. */
export const EMPTY_GROUP_SIZE: Size = { width: 160, height: 80 };

export type GraphIndex = {
  nodes: Map<string, LayoutNodeInput>;
  /** Child ids per container in input order; `null` is the top level. */
  children: Map<string | null, string[]>;
  groups: Set<string>;
  /** Edges whose both ends exist, first occurrence of each id; self-loops kept. */
  edges: LayoutEdgeInput[];
  /** Every node id, depth-first, parents before children. */
  order: string[];
};

const isPositive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

export function indexGraph(input: LayoutInput): GraphIndex {
  const nodes = new Map<string, LayoutNodeInput>();
  const groups = new Set<string>();
  for (const n of input.nodes) {
    if (nodes.has(n.id)) throw new LayoutError('duplicate-id', `Duplicate node id "${n.id}".`);
    nodes.set(n.id, n);
    if (n.kind === GROUP_KIND) groups.add(n.id);
  }
  const children = new Map<string | null, string[]>([[null, []]]);
  for (const n of input.nodes) {
    // Groups' own sizes are ignored (ELK computes them), so only leaves must be measured.
    if (!groups.has(n.id) && !(isPositive(n.width) && isPositive(n.height))) {
      throw new LayoutError('invalid-size', `Node "${n.id}" has no usable size (${n.width}×${n.height}).`);
    }
    if (!Number.isFinite(n.x) || !Number.isFinite(n.y)) {
      throw new LayoutError('invalid-position', `Node "${n.id}" has a non-finite position.`);
    }
    const parent = n.parent ?? null;
    if (parent !== null && !groups.has(parent)) {
      throw new LayoutError('unknown-parent', `Node "${n.id}" names "${parent}" as parent, which is not a group in the graph.`);
    }
    const list = children.get(parent) ?? [];
    list.push(n.id);
    children.set(parent, list);
  }
  const order: string[] = [];
  const visit = (id: string) => {
    order.push(id);
    for (const c of children.get(id) ?? []) visit(c);
  };
  for (const id of children.get(null)!) visit(id);
  // A node never reached from the top level sits in a parent cycle (a → b → a).
  if (order.length !== nodes.size) {
    const stuck = [...nodes.keys()].find((id) => !order.includes(id));
    throw new LayoutError('parent-cycle', `Node "${stuck}" is inside a cycle of parents.`);
  }
  const edgeIds = new Set<string>();
  const edges = input.edges.filter((e) => {
    // Dangling edges are skipped, not refused: the canvas may be mid-delete.
    if (edgeIds.has(e.id) || !nodes.has(e.source) || !nodes.has(e.target)) return false;
    edgeIds.add(e.id);
    return true;
  });
  return { nodes, children, groups, edges, order };
}

export const parentOf = (index: GraphIndex, id: string): string | null => index.nodes.get(id)?.parent ?? null;

export const hasChildren = (index: GraphIndex, id: string): boolean =>
  (index.children.get(id)?.length ?? 0) > 0;

/** The ancestor-or-self of `id` that sits directly in `container`, if any. */
export function representative(index: GraphIndex, id: string, container: string | null): string | undefined {
  let current: string | null = id;
  while (current !== null) {
    const parent = parentOf(index, current);
    if (parent === container) return current;
    current = parent;
  }
  return undefined;
}

/** All ids in the subtrees of `ids` (inclusive), parents first. */
export function subtreeIds(index: GraphIndex, ids: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (id: string) => {
    out.push(id);
    for (const c of index.children.get(id) ?? []) visit(c);
  };
  ids.forEach(visit);
  return out;
}

/**
 * Current size of a node that moves as one block (radial, selection anchors): leaves use their
 * measured size; a group its measured size if it has one, else its children's extent + padding.
 */
export function currentSize(index: GraphIndex, id: string): Size {
  const n = index.nodes.get(id)!;
  if (!index.groups.has(id) || (isPositive(n.width) && isPositive(n.height))) {
    return { width: n.width, height: n.height };
  }
  const kids = index.children.get(id) ?? [];
  if (kids.length === 0) return { ...EMPTY_GROUP_SIZE };
  let right = 0;
  let bottom = 0;
  for (const k of kids) {
    const c = index.nodes.get(k)!;
    const s = currentSize(index, k);
    right = Math.max(right, c.x + s.width);
    bottom = Math.max(bottom, c.y + s.height);
  }
  return { width: right + GROUP_PADDING.right, height: bottom + GROUP_PADDING.bottom };
}
