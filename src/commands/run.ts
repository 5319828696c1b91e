import { editorHistory } from '../store/activeEditor';
import { useAppStore } from '../store/appStore';
import { endFieldEdit } from '../store/fieldSession';
import { services } from './services';
import type { Command } from './types';

export function historyFlags() {
  const h = editorHistory();
  return { canUndo: h.canUndo(), canRedo: h.canRedo() };
}

export function isEnabled(command: Command): boolean {
  return command.enabled ? command.enabled(useAppStore.getState(), historyFlags()) : true;
}

/** Runs a command if it is enabled; errors become a visible notice rather than a silent failure. */
export async function runCommand(command: Command, shortcut?: string): Promise<void> {
  if (!isEnabled(command)) return;
  // A command is its own undo step: it ends any field edit in progress (fieldSession.ts).
  endFieldEdit();
  try {
    await command.run({ state: useAppStore.getState(), services, ...(shortcut ? { shortcut } : {}) });
  } catch (error) {
    useAppStore.getState().notify('error', error instanceof Error ? error.message : String(error));
  }
}
