import { useEffect, useReducer } from 'react';
import { loader, type Loader } from '../store/laterParts';

export type LazyModule<T> = Loader<T> & {
  /**
   * For a component: the module once it is loaded, else undefined. While `needed`, it is fetched,
   * and the component renders again when it arrives.
   */
  use: (needed: boolean) => T | undefined;
};

/**
 * Code the canvas needs only once the user does something (issue 15, first load): a module, or
 * (lazyPart.ts) a component. Fetched when first needed, or with the lazy parts when the page is
 * idle after start-up (unless `preload: false`), so it is usually there before it is needed. A
 * failed download is tried again when the browser is back online, or when it is needed again.
 */
export function lazyModule<T>(load: () => Promise<T>, { preload = true }: { preload?: boolean } = {}): LazyModule<T> {
  const { get, now } = loader(load, { preload });
  function use(needed: boolean): T | undefined {
    const [, arrived] = useReducer((n: number) => n + 1, 0);
    useEffect(() => {
      if (!needed || now()) return;
      let shown = true;
      const attempt = () => void get().then(() => shown && arrived(), () => undefined);
      attempt();
      window.addEventListener('online', attempt);
      return () => {
        shown = false;
        window.removeEventListener('online', attempt);
      };
    }, [needed]);
    return now();
  }
  return { get, now, use };
}
