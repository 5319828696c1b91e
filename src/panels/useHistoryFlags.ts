import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';

/** Reactive undo/redo availability (zundo's pastStates read via getState() is not reactive). */
export function useHistoryFlags() {
  return useStore(
    useAppStore.temporal,
    useShallow((h) => ({ canUndo: h.pastStates.length > 0, canRedo: h.futureStates.length > 0 })),
  );
}
