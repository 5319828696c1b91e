import { createElement, type ComponentType } from 'react';
import { loadStrings } from '../i18n/translate';
import { useAppStore } from '../store/appStore';
import { lazyModule } from './lazyModule';

/**
 * UI that is not on screen at first paint — a panel, a menu, a dialog's body, an inspector for a
 * selection — loaded after it (issue 15, first load), together with the later part of the UI
 * language's strings (i18n/translate.ts), so it never renders a key: its chunk is requested when it is first
 * rendered, or earlier, when the page is idle after start-up (`loadLaterParts` in store/laterParts.ts, called by main.tsx), so by the time
 * someone opens it it is usually there already. Render it inside `<Suspense fallback={null}>`
 * and only while it is shown: until its chunk is there it shows nothing, never the wrong content.
 * A failed download (offline before the chunk came) never reaches an error boundary: the part
 * stays empty and tries again when the browser is back online, or when it is shown again; once
 * loaded it renders at once, with no empty frame. `preload: false` for what most sessions never
 * use (the live session's presence, which brings the session controller).
 */
export function lazyPart<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  { preload = true }: { preload?: boolean } = {},
): ComponentType<P> {
  const part = lazyModule(() => Promise.all([load(), withStrings()]).then(([m]) => m[name]), { preload });
  function LazyPart(props: P) {
    const loaded = part.use(true);
    return loaded ? createElement(loaded, props) : null;
  }
  LazyPart.displayName = `LazyPart(${name})`;
  return LazyPart;
}

/**
 * The UI language's later strings, which lazily loaded UI may use. If they cannot be loaded the
 * part still renders (a string then falls back to the other language's table).
 */
export function withStrings(): Promise<void> {
  return loadStrings(useAppStore.getState().uiLang).catch(() => undefined);
}

/** Runs `work` when the page is idle (or soon, where there is no requestIdleCallback). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 500 });
  else setTimeout(work, 200);
}
