import { parseLiveLink } from '../collab/sessionLink';
import { afterStrings, chooseUiLanguage, translator } from '../i18n/translate';
import type { AutosaveBinding } from '../store/persistence/bind';
import { DRAFT_KEY } from '../store/persistence/keys';
import { keepPreviousDraft } from '../store/persistence/restore';
import { browserStorage } from '../store/persistence/storage';

/**
 * Opening a live-session link (`#live=…`, issue 13) joins the room, at start-up or when pasted into
 * a running tab. The draft open before is kept as the "previous draft" first: the room's model
 * replaces it on screen and in autosave, which makes leaving a session keep a local copy.
 */
export function watchLiveLinks(binding: AutosaveBinding, win: Window = window): () => void {
  const join = () => {
    const link = parseLiveLink(win.location.hash);
    if (!link) return;
    binding.autosaver.flush();
    try {
      const raw = browserStorage().getItem(DRAFT_KEY);
      if (raw !== null) keepPreviousDraft(browserStorage, raw);
    } catch {
      // storage unavailable: the room's model still opens
    }
    const t = translator(chooseUiLanguage(win.location.search, win.navigator.languages ?? [win.navigator.language]));
    void afterStrings(() => import('../collab/controller')).then(({ joinLive }) => joinLive({ link, create: false, t }));
  };
  join();
  win.addEventListener('hashchange', join);
  return () => win.removeEventListener('hashchange', join);
}
