import { create } from 'zustand';
import { temporal } from 'zundo';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createEditSlice, type EditSlice } from './editSlice';
import { createLayoutSlice, type LayoutSlice } from './layoutSlice';
import { createPlacementSlice, type PlacementSlice } from './placementSlice';
import { createPresentSlice, type PresentSlice } from './presentSlice';
import { createRouteSlice, type RouteSlice } from './routeSlice';
import { createToolSlice, type ToolSlice } from './toolSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = DocumentSlice & ViewSlice & EditSlice & ToolSlice & LayoutSlice & RouteSlice & PlacementSlice & PresentSlice;

/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;

/**
 * The one store. History (zundo) tracks only `doc`; because every edit produces a new document
 * object and leaves it untouched otherwise, reference equality is exactly "the document changed",
 * so selection, measuring and viewport changes are never steps.
 * Named `useAppStore` because React Flow exports its own `useStore`.
 */
export const useAppStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createDocumentSlice(...a),
      ...createViewSlice(...a),
      ...createEditSlice(...a),
      ...createToolSlice(...a),
      ...createLayoutSlice(...a),
      ...createRouteSlice(...a),
      ...createPlacementSlice(...a),
      ...createPresentSlice(...a),
    }),
    {
      partialize: (state) => ({ doc: state.doc }),
      equality: (past, current) => past.doc === current.doc,
      limit: HISTORY_LIMIT,
    },
  ),
);

export const history = () => useAppStore.temporal.getState();
