/**
 * The editor's side of the binding: the app store as a ModelPort. A peer's version replaces the
 * document without becoming an undo step (history policy `skip`), and each local change carries
 * the policy its action gave the editor's history (a drag's later frames and the room made at its
 * drop `merge`, a click `record`), so the session's undo groups exactly as the editor's does.
 */
import type { TheoryModel } from '../model/types';
import { editorHistory } from '../store/activeEditor';
import { useAppStore } from '../store/appStore';
import { markRemote } from '../store/remoteOrigin';
import type { ChangePolicy, ModelPort } from './port';

export function storePort(): ModelPort {
  let applying = false;
  let policy: ChangePolicy = 'record';
  return {
    model: () => useAppStore.getState().doc,
    onLocalChange: (listener) => {
      // Every document write goes through history.capture(policy, write): note the policy of the
      // write in progress, so the change it makes is passed on with it.
      const history = editorHistory();
      const capture = history.capture;
      history.capture = (p, write) => {
        const outer = policy;
        policy = p === 'merge' ? 'merge' : 'record';
        try {
          capture(p, write);
        } finally {
          policy = outer;
        }
      };
      const off = useAppStore.subscribe((state, previous) => {
        if (applying || state.doc === previous.doc) return;
        listener(state.doc, policy);
      });
      return () => {
        history.capture = capture;
        off();
      };
    },
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
