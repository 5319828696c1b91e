import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import type { FlowNode } from '../../io/flow';
import { DEFAULT_EDGE_STYLE, type EdgeStyle, type ModelEdge } from '../../model/types';
import type { Route } from '../../routing/types';
import type { AppState } from '../../store/appStore';
import { useEditor } from '../../store/editorContext';
import { endsHubOf } from './endsHub';
import type { Box } from './floating';
import { plannedHubOf, unchangedForRoutes } from './plannedHub';
import { edgeIn, fittedRoute } from './routeFit';

/**
 * What an edge draws from, read by one selector per store and edge. Every edge's selectors run on
 * every store update, each drag and pan frame; each keeps its answer (the same object) while what
 * it reads is unchanged, so an edge re-renders only when its own inputs changed (issue 15).
 */

function boxOf(node: InternalNode<FlowNode>): Box {
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return { x, y, width, height, ellipse: 'shape' in node.data && node.data.shape === 'ellipse' };
}

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.ellipse === b.ellipse;

export type Ends = { s: Box; t: Box } | null;

/**
 * The boxes of an edge's two end nodes as React Flow draws them: one selector per edge (not a
 * `useInternalNode` per end) that keeps its answer, the same object, while both boxes are
 * unchanged, so an edge re-renders only when one of its own ends moved. Every edge's selectors run
 * on every store update, each drag and pan frame (issue 15).
 */
export function endsSelector(source: string, target: string) {
  let last: Ends = null;
  let lastA: unknown;
  let lastB: unknown;
  return (st: ReactFlowState): Ends => {
    const a = st.nodeLookup.get(source) as InternalNode<FlowNode> | undefined;
    const b = st.nodeLookup.get(target) as InternalNode<FlowNode> | undefined;
    // React Flow keeps a node's internal object while its node is unchanged: most edges stop here.
    if (a === lastA && b === lastB) return last;
    lastA = a;
    lastB = b;
    if (!a || !b) return (last = null);
    const s = boxOf(a);
    const t = boxOf(b);
    if (last && sameBox(last.s, s) && sameBox(last.t, t)) return last;
    return (last = { s, t });
  };
}

/**
 * The edge's end boxes, re-read only when React Flow replaced one of its two end nodes: through
 * the canvas's one `endsHub` subscription, not a React Flow store listener per edge.
 */
export function useEnds(source: string, target: string): Ends {
  const store = useStoreApi();
  const select = useMemo(() => endsSelector(source, target), [source, target]);
  const subscribe = useCallback((listener: () => void) => endsHubOf(store).subscribe(source, target, listener), [store, source, target]);
  return useSyncExternalStore(subscribe, () => select(store.getState()));
}

export type Planned = { route: Route | null; style: EdgeStyle; edge: ModelEdge | undefined };

/** The edge's planned route, the document's line style and the edge itself, as one answer kept while all three are unchanged. */
export function plannedSelector(id: string) {
  let last: Planned | undefined;
  let seen: AppState | undefined;
  return (st: AppState): Planned => {
    // Most store writes (guides, selection, hover, panels) touch none of what a route's fit reads:
    // then the answer stands without asking again, for each of the 750 edges (issue 15).
    if (last && seen && unchangedForRoutes(seen, st)) return last;
    seen = st;
    const route = fittedRoute(st, id);
    const style = st.doc.style?.edges ?? DEFAULT_EDGE_STYLE;
    const edge = edgeIn(st.doc.edges, id);
    if (last && last.route === route && last.style === style && last.edge === edge) return last;
    return (last = { route, style, edge });
  };
}

/**
 * The edge's planned route, style and document edge: one selector per edge, asked when the
 * editor's one `plannedHub` subscription says a write may have changed them for this edge.
 */
export function usePlanned(id: string, source: string, target: string): Planned {
  const store = useEditor().store;
  const select = useMemo(() => plannedSelector(id), [id]);
  const subscribe = useCallback((listener: () => void) => plannedHubOf(store).subscribe(source, target, listener), [store, source, target]);
  return useSyncExternalStore(subscribe, () => select(store.getState()));
}
