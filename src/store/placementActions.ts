/**
 * Align and distribute the selection (issue 10, item 6): each is ONE undo step, a pure model edit
 * (model/align.ts) applied through `edit`, or nothing when nothing moves.
 */
import { alignNodes, distributeNodes, type AlignMode, type DistributeAxis } from '../model/align';
import { nodesById, sizeFrom, topmost } from '../model/geometry';
import { useAppStore, type AppState } from './appStore';
import { liveSelection } from './editActions';

const state = () => useAppStore.getState();

export function alignSelection(mode: AlignMode): boolean {
  const before = state().doc;
  state().edit((doc) => alignNodes(doc, liveSelection().nodes, mode, sizeFrom(state().measured)));
  return state().doc !== before;
}

export function distributeSelection(axis: DistributeAxis): boolean {
  const before = state().doc;
  state().edit((doc) => distributeNodes(doc, liveSelection().nodes, axis, sizeFrom(state().measured)));
  return state().doc !== before;
}

/** How many nodes the selection moves as (a selected group carries its selected members). */
export function arrangeableCount(s: AppState): number {
  return topmost(nodesById(s.doc), liveSelection(s).nodes).length;
}

export const canAlign = (s: AppState) => arrangeableCount(s) >= 2;
export const canDistribute = (s: AppState) => arrangeableCount(s) >= 3;
