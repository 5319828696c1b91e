import { afterStrings } from '../i18n/translate';
import { useEffect } from 'react';
import { foreignFormatOf } from '../io/formats/registry';
import { useAppStore } from '../store/appStore';
import { clipboardActions } from '../store/clipboardLater';
import { liveSelection } from '../store/editActions';
import { isEditable } from './useShortcuts';

type ClipboardModule = typeof import('../store/clipboardActions');

/**
 * Ctrl/⌘+C, X and V arrive as the browser's copy/cut/paste events, whose `clipboardData` works
 * without the permission prompt `navigator.clipboard.readText()` needs. Text fields keep their own
 * clipboard behaviour, and with no node selected a copy copies whatever text is selected on the page.
 */
/** Clipboard events the app leaves alone: in text fields, and while a dialog is open over the canvas. */
function ignored(event: ClipboardEvent): boolean {
  if (event.defaultPrevented || !event.clipboardData || isEditable(event.target)) return true;
  return document.querySelector('dialog[open]') !== null;
}

export function useClipboardEvents() {
  useEffect(() => {
    // A copy made before the clipboard code loaded, still being written: a paste meanwhile
    // pastes it (the system clipboard may not have it yet).
    let pending: Promise<string | undefined> | null = null;
    const onCopy = (cut: boolean) => (event: ClipboardEvent) => {
      if (ignored(event) || !event.clipboardData) return;
      if (liveSelection(useAppStore.getState()).nodes.length === 0) return;
      const take = (c: ClipboardModule) => (cut ? c.cutSelection() : c.copySelection());
      const loaded = clipboardActions.now();
      if (!loaded) {
        event.preventDefault();
        // A copy in the first moments, before the clipboard code has loaded: the event's data
        // must be set now, so the text is written to the clipboard once the code is here.
        const copying = clipboardActions.get().then(async (c) => {
          const text = take(c);
          if (text !== undefined) await navigator.clipboard?.writeText(text).catch(() => undefined);
          return text;
        });
        pending = copying;
        void copying.finally(() => {
          if (pending === copying) pending = null;
        });
        return;
      }
      const text = take(loaded);
      if (text === undefined) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (ignored(event) || !event.clipboardData) return;
      const copying = pending;
      event.preventDefault();
      if (copying) {
        void copying.then((text) => (text === undefined ? undefined : clipboardActions.get().then((c) => c.pasteText(text))));
        return;
      }
      const text = event.clipboardData.getData('text/plain');
      // Another tool's text (DOT, Mermaid, GraphML…) opens like an imported file (issue 12).
      const foreign = foreignFormatOf(text);
      if (foreign) void afterStrings(() => import('../commands/formatImport')).then((m) => m.importPastedText(text, foreign));
      else void clipboardActions.get().then((c) => c.pasteText(text));
    };
    const copy = onCopy(false);
    const cut = onCopy(true);
    window.addEventListener('copy', copy);
    window.addEventListener('cut', cut);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('copy', copy);
      window.removeEventListener('cut', cut);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}
