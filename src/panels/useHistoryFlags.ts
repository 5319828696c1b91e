import { useSyncExternalStore } from 'react';
import { useEditor } from '../store/editorContext';

/** Reactive undo/redo availability: the history's flags, re-read whenever its steps change. */
export function useHistoryFlags() {
  const history = useEditor().history;
  const canUndo = useSyncExternalStore(history.subscribe, history.canUndo);
  const canRedo = useSyncExternalStore(history.subscribe, history.canRedo);
  return { canUndo, canRedo };
}
