import { useEffect } from 'react';
import { commands } from '../commands/table';
import { isMac, matchesShortcut } from '../commands/keys';
import { runCommand } from '../commands/run';

/** Typing in a field keeps its own keys (undo in a text box undoes text, not the model). */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keyboard shortcuts, from the command table. */
export function useShortcuts() {
  useEffect(() => {
    const mac = isMac(navigator.platform);
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditable(event.target)) return;
      const command = commands.find((c) => c.shortcuts?.some((s) => matchesShortcut(event, s, mac)));
      if (!command) return;
      event.preventDefault();
      void runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
