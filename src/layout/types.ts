/**
 * The layout kernel's contract: data in (`LayoutInput` + `LayoutRequest`), data out (`LayoutPlan`).
 * Nothing here touches the store or React Flow; the shell applies the plan (architecture.md,
 * "kernels return plans, not effects").
 */
import type { EdgeStyle, LayoutDirection, Point, Size } from '../model/types';
import type { Route } from '../routing/types';

export type LayoutNodeInput = {
  id: string;
  /** Vocabulary kind id, or `GROUP_KIND` for containers. */
  kind: string;
  /** Id of the containing group; `x`/`y` are relative to it, like the model. */
  parent?: string;
  /** The canvas's measured size. Ignored for groups with children (ELK computes those). */
  width: number;
  height: number;
  x: number;
  y: number;
};

export type LayoutEdgeInput = {
  id: string;
  source: string;
  target: string;
  /** Measured label box; ELK does not measure text, so a label without a size takes no room. */
  labelWidth?: number;
  labelHeight?: number;
};

export type LayoutInput = { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[] };

export type LayoutPlan = {
  /** Every input node's top-left, relative to its parent (like the model), rounded to integers. */
  positions: Record<string, Point>;
  /** Every group's size, computed to fit its children. */
  sizes: Record<string, Size>;
  /**
   * Node ids, parents before children. React Flow needs that order in `nodes`, and a Record
   * cannot promise it: integer-like keys ("1", "2") always enumerate first.
   */
  order: string[];
  /**
   * ELK's own edge routes and label centres, in absolute coordinates of the laid-out positions
   * (issue 10): present only for a whole-graph Figure or Layered layout, the ones ELK can route.
   * Every edge of the input whose ends exist has one.
   */
  routes?: ReadonlyMap<string, Route>;
};

export type LayoutAlgorithm = 'figure' | 'layered' | 'organic' | 'radial';

export type LayoutRequest = {
  algorithm: LayoutAlgorithm;
  direction: LayoutDirection;
  /** Figure only: kind ids per band, in flow order. Absent → `DEFAULT_BANDS`. */
  bands?: string[][];
  /** Radial only: the centre node. Absent → the first selected node. */
  rootId?: string;
  /**
   * Lay out only these nodes (a selected group brings its contents); everything else keeps its
   * position. Absent or empty → the whole graph. Only unknown ids → nothing moves.
   */
  selection?: string[];
  /**
   * Figure/layered: keep the current order of nodes across the flow (read from their positions)
   * instead of re-minimising crossings, so re-running after an edit does not reshuffle the
   * figure. Absent → keep when the nodes already look placed (see order.ts); false → optimise.
   */
  keepOrder?: boolean;
  /**
   * The figure's edge style (issue 10): ELK routes orthogonally for 'orthogonal' and 'straight',
   * with splines for 'curved'. Absent → orthogonal.
   */
  edgeStyle?: EdgeStyle;
};

export type LayoutErrorCode =
  | 'invalid-size'
  | 'invalid-position'
  | 'duplicate-id'
  | 'unknown-parent'
  | 'parent-cycle'
  | 'unknown-root'
  | 'too-large-for-organic'
  | 'timeout'
  | 'failed'
  | 'cancelled';

/** A refusal or failure the UI can tell apart by `code` (and translate), not by message. */
export class LayoutError extends Error {
  readonly code: LayoutErrorCode;
  constructor(code: LayoutErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LayoutError';
    this.code = code;
  }
}

export const isLayoutError = (e: unknown, code?: LayoutErrorCode): e is LayoutError =>
  e instanceof LayoutError && (code === undefined || e.code === code);
