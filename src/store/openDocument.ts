/**
 * Opening a document (an example, a new blank model, a file, another tab's version) over the
 * current one. It is ONE undoable step — never a history clear — and a notice says so with an
 * Undo button, so no work is ever replaced silently (issue 3, item 7). Only the very first load
 * at start-up clears history (startup.ts): there is nothing before it to go back to.
 */
import { translator } from '../i18n/translate';
import { localize } from '../model/language';
import type { TheoryModel } from '../model/types';
import { editorHistory } from './activeEditor';
import { useAppStore } from './appStore';
import { useFileSession } from './files/session';

export type OpenOptions = {
  /**
   * While this says yes, a change of the document is part of the opening (the layout an import
   * needs, merged into the opening's undo step): the notice stays and its Undo goes back to before
   * the opening.
   */
  partOfOpening?: () => boolean;
};

/**
 * @param name how the notice names what was opened, already translated ("“Figure 1”",
 *   "a new blank model")
 * @returns the id of the "Opened … — Undo to go back" notice
 */
export function openDocument(doc: TheoryModel, name: string, options: OpenOptions = {}): number {
  const state = useAppStore.getState();
  state.replaceDocument(doc);
  // Another model now: it has no file and no library record until it is saved (issue 16).
  useFileSession.getState().forget();
  let opened = useAppStore.getState().doc;
  // The opening's own step: a change merged into it (room made for nodes that grew once measured,
  // the layout an import needs) leaves it the newest step, and is part of the opening. The history
  // records a change only after the store's listeners ran, so this is asked a microtask later.
  const openingStep = editorHistory().top();
  const mergedIntoOpening = () => editorHistory().top() === openingStep && !editorHistory().canRedo();
  const t = translator(state.uiLang);
  const id = state.notify('info', t('notice.opened', { name }), undefined, [
    {
      label: t('cmd.undo'),
      // Only while the opened document is still the current one: after further edits,
      // "Undo" here would undo the last edit, not the opening.
      run: () => {
        if (useAppStore.getState().doc === opened) editorHistory().undo();
      },
    },
  ]);
  // The notice's Undo is about this one step: once the document moves on (an edit, or Ctrl+Z),
  // the notice goes.
  let done = false;
  const settle = () => {
    const s = useAppStore.getState();
    if (done || s.doc === opened) return;
    if (mergedIntoOpening()) {
      opened = s.doc;
      return;
    }
    done = true;
    unsubscribe();
    s.dismissNotice(id);
  };
  const unsubscribe = useAppStore.subscribe((s) => {
    if (done || s.doc === opened) return;
    if (options.partOfOpening?.()) {
      opened = s.doc;
      return;
    }
    queueMicrotask(settle);
  });
  return id;
}

const TITLE_IN_NOTICE = 48;

/** How notices name a document: its title in the diagram language, in quotes, long ones cut short. */
export function quotedTitle(doc: TheoryModel, lang = useAppStore.getState().diagramLang): string {
  const chars = Array.from(localize(doc.meta.title, doc.meta.labels, lang, doc.meta.language).text);
  return `“${chars.length > TITLE_IN_NOTICE ? `${chars.slice(0, TITLE_IN_NOTICE - 1).join('').trimEnd()}…` : chars.join('')}”`;
}
