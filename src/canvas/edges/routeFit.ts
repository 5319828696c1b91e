/**
 * Whether the stored route plan still fits one edge as drawn right now. The plan as a whole is
 * stale from the first frame of a drag; but only the moved nodes' edges really changed, so each
 * edge keeps its planned route while both its ends are where the plan saw them (and its own bends
 * and label position are unchanged, and the layout animation is not moving them). The rest draw
 * a provisional line. Each edge selects its own Route object, so a new plan redraws only the
 * edges whose route changed (the scheduler keeps unchanged Route objects, routing/reuse.ts).
 */
import { absolutePosition, sizeFrom } from '../../model/geometry';
import { nodeIndex } from '../../model/nodeIndex';
import { DEFAULT_EDGE_STYLE, type ModelEdge, type ModelNode, type Size } from '../../model/types';
import type { Route } from '../../routing/types';
import type { AppState } from '../../store/appStore';
import { revealedDoc } from '../../store/layoutReveal';
import type { Box } from './floating';

type Boxes = { get: (id: string) => Box | undefined };
// Keyed by both objects: the plan's (nodes, sizes) and the current ones are asked for alternately,
// so one entry per (nodes array, sizes) pair.
const boxCache = new WeakMap<readonly ModelNode[], WeakMap<ReadonlyMap<string, Size>, Boxes>>();

/** Nodes by id through one shared index of their places (model/nodeIndex.ts). */
const lookup = nodeIndex();

/**
 * Absolute boxes of these nodes at these measured sizes, each worked out when first asked for
 * (an edge asks for its two ends) and kept per nodes array and sizes.
 */
export function boxesOf(nodes: readonly ModelNode[], measured: ReadonlyMap<string, Size>): Boxes {
  let bySizes = boxCache.get(nodes);
  if (!bySizes) boxCache.set(nodes, (bySizes = new WeakMap()));
  let boxes = bySizes.get(measured);
  if (!boxes) {
    const byId = lookup(nodes);
    const sizeOf = sizeFrom(measured);
    const made = new Map<string, Box>();
    boxes = {
      get(id) {
        let box = made.get(id);
        if (box) return box;
        const node = byId.get(id);
        if (!node) return undefined;
        made.set(id, (box = { ...absolutePosition(byId, id), ...sizeOf(node) }));
        return box;
      },
    };
    bySizes.set(measured, boxes);
  }
  return boxes;
}

const edgesByList = new WeakMap<readonly ModelEdge[], Map<string, ModelEdge>>();

/** The document edge with this id, by a map built once per edges array (not a scan per edge). */
export function edgeIn(edges: readonly ModelEdge[], id: string): ModelEdge | undefined {
  let map = edgesByList.get(edges);
  if (!map) {
    map = new Map(edges.map((e) => [e.id, e] as const));
    edgesByList.set(edges, map);
  }
  return map.get(id);
}

const parentsCache = new WeakMap<readonly ModelNode[], ReadonlySet<string>>();

/** The ids that are some node's parent (computed once per nodes array). */
function parentsIn(nodes: readonly ModelNode[]): ReadonlySet<string> {
  let set = parentsCache.get(nodes);
  if (!set) parentsCache.set(nodes, (set = new Set(nodes.flatMap((n) => (n.parent ? [n.parent] : [])))));
  return set;
}

const movedCache = new WeakMap<readonly ModelNode[], { prev: readonly ModelNode[]; moved: ReadonlySet<string> | null }>();

/**
 * The ids of the nodes whose document object differs between two node lists, asked once per store
 * update however many edges ask (issue 15: a drag move changes one node of 500, and each of 750
 * edges asked whether its route still fits). Null when that does not tell every changed box: the
 * lists differ in length or order, or a changed node is a group, whose members move with it.
 */
export function movedBetween(prev: readonly ModelNode[], next: readonly ModelNode[]): ReadonlySet<string> | null {
  const hit = movedCache.get(next);
  if (hit?.prev === prev) return hit.moved;
  let moved: Set<string> | null = new Set();
  if (prev.length !== next.length) moved = null;
  else {
    const parents = parentsIn(next);
    for (let i = 0; i < next.length && moved; i++) {
      if (prev[i] === next[i]) continue;
      if (prev[i].id !== next[i].id || parents.has(next[i].id)) moved = null;
      else moved.add(next[i].id);
    }
  }
  movedCache.set(next, { prev, moved });
  return moved;
}

const near = (a: Box | undefined, b: Box | undefined) =>
  !!a && !!b && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.width - b.width) < 0.5 && Math.abs(a.height - b.height) < 0.5;

/** The planned route of edge `id` if it fits what is drawn now, else null. A store selector. */
export function fittedRoute(st: Pick<AppState, 'routes' | 'doc' | 'measured' | 'layoutTween'> & Partial<Pick<AppState, 'layoutReveal' | 'routeReveal'>>, id: string): Route | null {
  // While a large new plan is shown in slices, an edge not yet shown draws as it did (issue 15).
  const r = st.routeReveal?.pending.has(id) ? st.routeReveal.previous : st.routes;
  const route = r?.plan.routes.get(id);
  if (!r || !route || r.plan.style !== (st.doc.style?.edges ?? DEFAULT_EDGE_STYLE)) return null;
  const edge = edgeIn(st.doc.edges, id);
  if (!edge || edgeIn(r.basis.edges, id) !== edge) return null;
  if (st.layoutTween && (st.layoutTween.has(edge.source) || st.layoutTween.has(edge.target))) return null;
  const planned = boxesOf(r.basis.nodes, r.basis.measured);
  // While a layout is revealed in slices, nodes not yet revealed are drawn where they were, so
  // their edges keep the routes they had instead of all being redrawn in the first slice (issue 15).
  const now = boxesOf(revealedDoc(st.doc, st.layoutReveal ?? null).nodes, st.measured);
  return near(planned.get(edge.source), now.get(edge.source)) && near(planned.get(edge.target), now.get(edge.target)) ? route : null;
}
