/**
 * The editor's side of the binding: the app store as a ModelPort. A peer's version replaces the
 * document without becoming an undo step (history policy `skip`), and local
 * changes made during a drag or a field's typing burst are marked `merge`.
 */
import type { TheoryModel } from '../model/types';
import { editorHistory } from '../store/activeEditor';
import { useAppStore } from '../store/appStore';
import { activeFieldEdit } from '../store/fieldSession';
import { gestureActive } from '../store/flowChanges';
import { markRemote } from '../store/remoteOrigin';
import type { ChangePolicy, ModelPort } from './port';

export function storePort(): ModelPort {
  let applying = false;
  return {
    model: () => useAppStore.getState().doc,
    onLocalChange: (listener) =>
      useAppStore.subscribe((state, previous) => {
        if (applying || state.doc === previous.doc) return;
        const policy: ChangePolicy = gestureActive() || activeFieldEdit() !== null ? 'merge' : 'record';
        listener(state.doc, policy);
      }),
    applyRemote: (model: TheoryModel) => {
      applying = true;
      try {
        markRemote(useAppStore.getState().doc, model);
        // Not an undo step: in a session, undo is the session's (own changes only).
        editorHistory().capture('skip', () => useAppStore.setState({ doc: model }));
      } finally {
        applying = false;
      }
    },
  };
}
