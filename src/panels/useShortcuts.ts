import { useEffect } from 'react';
import { commands } from '../commands/table';
import { isMac, matchesShortcut } from '../commands/keys';
import { runCommand } from '../commands/run';

/** Typing in a field keeps its own keys (undo in a text box undoes text, not the model). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keyboard shortcuts, from the command table. */
export function useShortcuts() {
  useEffect(() => {
    const mac = isMac(navigator.platform);
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditable(event.target)) return;
      let shortcut: string | undefined;
      const command = commands.find((c) => (shortcut = c.shortcuts?.find((s) => matchesShortcut(event, s, mac))) !== undefined);
      if (!command) return;
      // Copy/cut/paste keys must reach the browser, which answers with a clipboard event
      // (useClipboardEvents.ts): that event can read the clipboard without a permission prompt.
      if (command.clipboardShortcut) return;
      event.preventDefault();
      void runCommand(command, shortcut);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
