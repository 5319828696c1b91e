import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { activeEditor } from './activeEditor';
import type { DocumentSlice } from './documentSlice';
import type { EditSlice } from './editSlice';
import { useEditor } from './editorContext';
import type { KeysSlice } from './keysSlice';
import type { LayoutSlice } from './layoutSlice';
import type { PlacementSlice } from './placementSlice';
import type { PresentSlice } from './presentSlice';
import type { RouteSlice } from './routeSlice';
import type { ToolSlice } from './toolSlice';
import type { ViewSlice } from './viewSlice';

export type AppState = DocumentSlice & ViewSlice & EditSlice & ToolSlice & LayoutSlice & RouteSlice & PlacementSlice & PresentSlice & KeysSlice;

export { HISTORY_LIMIT } from './editor';

type AppStore = {
  <T>(selector: (state: AppState) => T): T;
  getState: StoreApi<AppState>['getState'];
  setState: StoreApi<AppState>['setState'];
  subscribe: StoreApi<AppState>['subscribe'];
};

/**
 * The store hook, in the call shape every component uses: `useAppStore(selector)` reads the
 * editor of the React tree (`EditorProvider`), and `useAppStore.getState()` / `.subscribe()` in
 * event handlers and actions reach the active editor (the page's one; a test's own).
 * Named `useAppStore` because React Flow exports its own `useStore`.
 */
export const useAppStore: AppStore = Object.assign(
  function useAppStore<T>(selector: (state: AppState) => T): T {
    return useStore(useEditor().store, selector);
  },
  {
    getState: () => activeEditor().store.getState(),
    setState: ((...args: Parameters<StoreApi<AppState>['setState']>) => activeEditor().store.setState(...args)) as StoreApi<AppState>['setState'],
    subscribe: (listener: Parameters<StoreApi<AppState>['subscribe']>[0]) => activeEditor().store.subscribe(listener),
  },
);

/**
 * The active editor's history under zundo's old names (`pastStates.length`, `isTracking`), so
 * the tests written before the editor object read as they did. New code uses `editor.history`.
 * `isTracking` is false while a drag or a field visit is open: the next change merges, it does
 * not make a step of its own.
 */
export function history() {
  const editor = activeEditor();
  const h = editor.history;
  const size = h.size();
  return {
    pastStates: new Array<undefined>(size.undo),
    futureStates: new Array<undefined>(size.redo),
    isTracking: !editor.session.gesture.active && !fieldOpen(),
    undo: (steps = 1) => {
      for (let i = 0; i < steps && h.canUndo(); i++) h.undo();
    },
    redo: (steps = 1) => {
      for (let i = 0; i < steps && h.canRedo(); i++) h.redo();
    },
    clear: () => h.clear(),
  };

  function fieldOpen() {
    const f = editor.session.field;
    return f !== null && f.written === editor.store.getState().doc;
  }
}
