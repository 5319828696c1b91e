/** Public API of the layout kernel. The app wires `runLayout(input, req, createElkClient())`. */
export type {
  LayoutAlgorithm, LayoutEdgeInput, LayoutErrorCode, LayoutInput, LayoutNodeInput, LayoutPlan, LayoutRequest,
} from './types';
export { LayoutError, isLayoutError } from './types';
export { runLayout, planOverlaps, type LayoutDeps, type LayoutCallOptions } from './runLayout';
export { toElk, type ElkJob, type ElkJobs, type Anchor } from './toElk';
export { fromElk } from './fromElk';
export { createElkClient, DEFAULT_LAYOUT_TIMEOUT_MS, type ElkClient, type ElkClientOptions } from './elkClient';
export { DEFAULT_BANDS, ORGANIC_MAX_NODES } from './options';
export { GROUP_PADDING } from './graphIndex';
