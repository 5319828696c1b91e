/**
 * The editor's side of the binding: the app store as a ModelPort. A peer's version replaces the
 * document without becoming an undo step (history policy `skip`), and each local change carries
 * the policy its action gave the editor's history (a drag's later frames and the room made at its
 * drop `merge`, a click `record`), read from the live history the session installed, so the
 * session's undo groups exactly as the editor's does.
 */
import type { TheoryModel } from '../model/types';
import { editorHistory } from '../store/activeEditor';
import { useAppStore } from '../store/appStore';
import { markRemote } from '../store/remoteOrigin';
import type { ChangePolicy, ModelPort } from './port';

export function storePort(policy: () => ChangePolicy): ModelPort {
  let applying = false;
  return {
    model: () => useAppStore.getState().doc,
    onLocalChange: (listener) =>
      // Every document write goes through history.capture(policy, write), which sets the store
      // synchronously: the policy of the write in progress is the one its change is sent with.
      useAppStore.subscribe((state, previous) => {
        if (applying || state.doc === previous.doc) return;
        listener(state.doc, policy());
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
