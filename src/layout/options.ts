/**
 * ELK option sets per algorithm. Keys are written in full `elk.` form and values as strings:
 * suffix-only keys can be ambiguous and get ignored, and elkjs passes values to Java as strings
 * (elkjs README, "Layout Options").
 */
import type { LayoutOptions } from 'elkjs/lib/elk-api';
import type { EdgeStyle, LayoutDirection } from '../model/types';
import { GROUP_PADDING } from './graphIndex';

export { DEFAULT_BANDS } from './bands';

/** stress is O(n²) per iteration: 200 nodes took ~7 s and 500 nodes ~37 s here (stack.md §2.5). */
export const ORGANIC_MAX_NODES = 150;

export const PARTITION_KEY = 'elk.partitioning.partition';

const padding = (p: { top: number; left: number; bottom: number; right: number }) =>
  `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`;

/**
 * Above this many nodes, crossing minimisation runs fewer sweeps (`elk.layered.thoroughness` 3
 * instead of the default 7). In the browser the first 500-node Figure layout in a fresh worker
 * took ~14 s on the shared 2-core machine, close to the deadline. Measured on Figure 2 and the
 * seeded 200/500-node models (straight-line crossings between node centres, as the canvas
 * draws edges), with and without keepOrder: 3 was within 2 % of 7 in all six cases and equal in
 * four (500 nodes free: 25 190 both; kept: 51 195 vs 50 225), at 25–40 % less CPU; 1 was faster
 * still but doubled the crossings on Figure 2 (free: 13 vs 6). Small graphs keep 7.
 */
export const LARGE_GRAPH_NODES = 200;
const LARGE_GRAPH_THOROUGHNESS = 3;

/** Gap between layers; also the gap `gates.ts` restores between bands. */
export const LAYER_GAP = 90;

/**
 * Layered options for the root of a job. Not in this set, on purpose:
 * - `elk.layered.considerModelOrder.strategy` (suggested for stability): it did not keep bands in
 *   order when a node was added (0 of 36 bands in seeded trials), and its SortByInputModel step was
 *   the single largest cost: 5.3 s vs 3.1 s at 200 nodes, 27 s vs 6 s at 500 (CPU, elkjs 0.12.1).
 *   On a group it also crashes with cross-hierarchy edges (cf. eclipse-elk/elk#724).
 * - `forceNodeModelOrder`: keeps order but took 23–30 s at 200 nodes. Stability comes from
 *   semi-interactive crossing minimisation instead (see order.ts).
 */
export function layeredOptions(
  direction: LayoutDirection,
  { partitioned, keepOrder, nodeCount = 0, edgeStyle }: { partitioned: boolean; keepOrder: boolean; nodeCount?: number; edgeStyle?: EdgeStyle },
): LayoutOptions {
  const options: LayoutOptions = {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    // Cross-hierarchy edges (node in a group → node outside) need one layout run over the whole
    // hierarchy, else UnsupportedGraphException or empty sections (kieler/elkjs#178, #4).
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    // BRANDES_KOEPF is the default; NETWORK_SIMPLEX is ~10× slower, worse with partitions
    // (kieler/elkjs#179, eclipse-elk/elk#860). Stated explicitly so nobody "improves" it.
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    // Print-figure spacing: defaults (20/20) look cramped once labels and group titles appear.
    'elk.spacing.nodeNode': '40',
    'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
    'elk.spacing.edgeNode': '20',
    'elk.layered.spacing.edgeNodeBetweenLayers': '30',
    'elk.spacing.edgeLabel': '6',
    'elk.spacing.componentComponent': '60',
    'elk.edgeLabels.placement': 'CENTER',
    // The routes are drawn as ELK returns them (issue 10): elbows for the orthogonal and straight
    // styles (straight lines would cut through the nodes ELK routed around), splines for curved.
    'elk.edgeRouting': edgeStyle === 'curved' ? 'SPLINES' : 'ORTHOGONAL',
  };
  // Keep each layer's order of real nodes from their `elk.position`, still minimising crossings
  // of the long-edge dummies (eclipse.dev/elk/reference/options/
  // org-eclipse-elk-layered-crossingMinimization-semiInteractive.html). See order.ts.
  if (keepOrder) options['elk.layered.crossingMinimization.semiInteractive'] = 'true';
  if (nodeCount > LARGE_GRAPH_NODES) options['elk.layered.thoroughness'] = String(LARGE_GRAPH_THOROUGHNESS);
  if (partitioned) {
    options['elk.partitioning.activate'] = 'true';
    // Each connected component gets its own layer grid by default, so partitions would not line
    // up across components (eclipse-elk/elk#999, kieler/elkjs#295).
    options['elk.separateConnectedComponents'] = 'false';
  }
  return options;
}

/**
 * A group's options: the root's minus the root-only keys. Spacing and crossing minimisation must
 * be repeated, because with INCLUDE_CHILDREN `elk.direction` is inherited by nested graphs but
 * spacing is not (verified on elkjs 0.12.1: a root nodeNode of 40 left 20 px gaps inside groups).
 * Partitioning stays off: ELK ignores it below the root anyway (see partitions.ts).
 */
export function groupOptions(rootOptions: LayoutOptions): LayoutOptions {
  const {
    'elk.hierarchyHandling': _hierarchy,
    'elk.partitioning.activate': _partitions,
    'elk.separateConnectedComponents': _components,
    ...rest
  } = rootOptions;
  return { ...rest, 'elk.padding': padding(GROUP_PADDING) };
}

/**
 * Organic: stress places nodes by graph distance but ignores their boxes (a 40-node test graph
 * had 41 overlaps), so it runs as the underlying algorithm of sporeOverlap, which then removes
 * overlaps while keeping the shape (eclipse.dev/elk/reference/algorithms/org-eclipse-elk-sporeOverlap).
 * Applied to the root and each group: without INCLUDE_CHILDREN each graph uses its own options.
 */
export function organicOptions(): LayoutOptions {
  return {
    'elk.algorithm': 'sporeOverlap',
    'elk.underlyingLayoutAlgorithm': 'stress',
    // Centre-to-centre target; nodes are ~150 px wide, so the default 100 packs them on top of
    // each other before overlap removal has to push them apart.
    'elk.stress.desiredEdgeLength': '200',
    'elk.spacing.nodeNode': '40',
  };
}

/**
 * Radial on a BFS tree (the algorithm requires a tree and takes the node without incoming edges
 * as the centre). Wrapped in sporeOverlap like organic, because radial only spaces nodes per ring.
 */
export function radialOptions(): LayoutOptions {
  return {
    'elk.algorithm': 'sporeOverlap',
    'elk.underlyingLayoutAlgorithm': 'radial',
    'elk.radial.centerOnRoot': 'true',
    'elk.spacing.nodeNode': '40',
  };
}
