/**
 * Whether the selection can be aligned or distributed (issue 10, item 6). The edits themselves are
 * in alignActions.ts, loaded with the first use (issue 15, first load).
 */
import { nodesById, topmost } from '../model/geometry';
import type { AppState } from './appStore';
import { liveSelection } from './editActions';

/** How many nodes the selection moves as (a selected group carries its selected members). */
export function arrangeableCount(s: AppState): number {
  return topmost(nodesById(s.doc), liveSelection(s).nodes).length;
}

export const canAlign = (s: AppState) => arrangeableCount(s) >= 2;
export const canDistribute = (s: AppState) => arrangeableCount(s) >= 3;
