import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useAppStore } from '../store/appStore';

/**
 * A tool panel (Find, Problems) opening or closing beside the canvas moves the canvas's left edge;
 * React Flow keeps its viewport relative to that edge, so the whole diagram would jump sideways.
 * This pans by the same amount the edge moved, so the diagram stays where it was on screen.
 */
export function useSteadyViewport() {
  const rf = useStoreApi();
  const { getViewport, setViewport } = useReactFlow();
  useEffect(() => {
    const left = () => rf.getState().domNode?.getBoundingClientRect().left;
    let before = left();
    return useAppStore.subscribe((state, previous) => {
      if (state.toolPanel === previous.toolPanel) return;
      if ((state.toolPanel === null) === (previous.toolPanel === null)) return; // one panel replaced another: same width
      before = left();
      requestAnimationFrame(() => {
        const after = left();
        if (before === undefined || after === undefined || after === before) return;
        const viewport = getViewport();
        void setViewport({ ...viewport, x: viewport.x - (after - before) });
      });
    });
  }, [rf, getViewport, setViewport]);
}
