import { useEffect, useMemo, type MouseEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { addNodeOfKind, lastUsedKind } from '../commands/editCommands';
import { provideServices, services } from '../commands/services';
import { useAppStore } from '../store/appStore';

/**
 * What the canvas offers the rest of the app: the centre of the view (where the palette puts new
 * nodes), and the pane gestures: a click closes the relation picker, a double-click adds a node
 * of the last-used kind where it happened (zoom-on-double-click is off for this).
 */
export function useCanvasServices() {
  const { screenToFlowPosition } = useReactFlow();
  const rf = useStoreApi();

  useEffect(
    () =>
      provideServices({
        viewCenter: () => {
          const box = rf.getState().domNode?.getBoundingClientRect();
          if (!box || box.width === 0) return undefined;
          return screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
        },
      }),
    [rf, screenToFlowPosition],
  );

  return useMemo(() => {
    const onPaneClick = (event: MouseEvent) => {
      useAppStore.getState().setRelationPicker(null);
      if (event.detail !== 2) return;
      const kind = lastUsedKind();
      if (kind) addNodeOfKind(kind, services, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    };
    return { onPaneClick };
  }, [screenToFlowPosition]);
}
