/**
 * Leaving with unsaved changes to the model's file asks first (issue 16). The draft is autosaved
 * regardless (the autosave flushes on pagehide/beforeunload), so this is only about the file on
 * disk; a model without a file never asks, which also keeps reloads silent for drafts.
 */
import { useAppStore } from '../appStore';
import { hasUnsavedFile } from './session';

export function guardLeaving(win: Window = window): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedFile(useAppStore.getState().doc)) return;
    event.preventDefault();
    // Older Chromium and Safari show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => win.removeEventListener('beforeunload', onBeforeUnload);
}
