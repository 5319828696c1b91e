/**
 * Align and distribute the selection (issue 10, item 6): each is ONE undo step, a pure model edit
 * (model/align.ts) applied through `edit`, or nothing when nothing moves. Loaded with the first
 * use (commands/placementCommands.ts; issue 15, first load).
 */
import { alignNodes, distributeNodes, type AlignMode, type DistributeAxis } from '../model/align';
import { sizeFrom } from '../model/geometry';
import { useAppStore } from './appStore';
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
