/**
 * The service worker (issue 16): registered after start-up with workbox-window, loaded lazily.
 * When a new version has installed it waits; a notice asks, and the page reloads only when the
 * user agrees and has no unsaved changes to a file (the draft is flushed by the reload's
 * pagehide). Without service worker support (or in the dev server) nothing happens.
 */
import { translator } from '../i18n/translate';
import { useAppStore } from '../store/appStore';
import { hasUnsavedFile } from '../store/files/session';

export function registerServiceWorker(flushDraft: () => void): void {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // Precaching downloads the whole build (~5 MB): wait until the page is idle, not during start-up.
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5_000 }) : setTimeout(run, 2_000));
  idle(() => register(flushDraft));
}

function register(flushDraft: () => void): void {
  void import('workbox-window')
    .then(({ Workbox }) => {
      const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
      let agreed = false;
      wb.addEventListener('waiting', () => {
        const t = translator(useAppStore.getState().uiLang);
        useAppStore.getState().notify('info', t('offline.update'), undefined, [
          {
            label: t('offline.reload'),
            keepOpen: true,
            run: () => {
              if (hasUnsavedFile(useAppStore.getState().doc)) {
                useAppStore.getState().notify('warning', translator(useAppStore.getState().uiLang)('offline.saveFirst'));
                return;
              }
              agreed = true;
              flushDraft();
              wb.messageSkipWaiting();
            },
          },
        ]);
      });
      // Only the page that asked reloads; the new worker took control because the user agreed.
      wb.addEventListener('controlling', () => {
        if (agreed) window.location.reload();
      });
      return wb.register();
    })
    .catch(() => {
      // No service worker (private mode, blocked): the app works online as before.
    });
}
