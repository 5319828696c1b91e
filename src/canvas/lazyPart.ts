import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadStrings } from '../i18n/translate';
import { useAppStore } from '../store/appStore';

/**
 * UI that is not on screen at first paint — a panel, a menu, a dialog's body, an inspector for a
 * selection — loaded after it (issue 15, first load), together with the later part of the UI
 * language's strings (i18n/translate.ts), so it never renders a key: its chunk is requested when it is first
 * rendered, or earlier, when the page is idle after start-up (`preloadLazyParts`), so by the time
 * someone opens it it is usually there already. Render it inside `<Suspense fallback={null}>`
 * and only while it is shown: the fallback shows nothing, never the wrong content. A failed
 * download is retried on the next render. `preload: false` for what most sessions never use (the
 * live session's presence, which brings the session controller).
 */
const loaders: (() => Promise<unknown>)[] = [];

export function lazyPart<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  { preload = true }: { preload?: boolean } = {},
): LazyExoticComponent<ComponentType<P>> {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const get = () =>
    (pending ??= Promise.all([load(), withStrings()]).then(
      ([m]) => ({ default: m[name] }),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  if (preload) loaders.push(get);
  return lazy(get);
}

/**
 * The UI language's later strings, which lazily loaded UI may use. If they cannot be loaded the
 * part still renders (a string then falls back to the other language's table).
 */
export function withStrings(): Promise<void> {
  return loadStrings(useAppStore.getState().uiLang).catch(() => undefined);
}

/** Fetches every lazy part's chunk (after start-up, when idle): none waits for a first use. */
export function preloadLazyParts(): Promise<void> {
  return Promise.all(loaders.map((load) => load().catch(() => undefined))).then(() => undefined);
}

/** Runs `work` when the page is idle (or soon, where there is no requestIdleCallback). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work, 200);
}
