/**
 * The registry of UI parts loaded after first paint (canvas/lazyPart.ts registers each one's
 * loader here). It sits in the store layer so that code below the canvas can wait for them: a
 * live session (collab/controller.ts) fetches them before it connects, because a peer may go
 * offline at any moment after joining and must still be able to open an inspector then.
 */
const loaders: (() => Promise<unknown>)[] = [];

export function registerLaterPart(load: () => Promise<unknown>): void {
  loaders.push(load);
}

/** Fetches every registered part's chunk; a failed one is left for its next use. */
export function loadLaterParts(): Promise<void> {
  return Promise.all(loaders.map((load) => load().catch(() => undefined))).then(() => undefined);
}

export type Loader<T> = {
  /** The module, loaded once; a failed download is tried again on the next call. */
  get: () => Promise<T>;
  /** The module if it is loaded, else undefined. */
  now: () => T | undefined;
};

/**
 * Code loaded after first paint (issue 15): a module fetched on first `get()`, kept, and with
 * `preload` also fetched with the later parts when the page is idle after start-up.
 */
export function loader<T>(load: () => Promise<T>, { preload = false }: { preload?: boolean } = {}): Loader<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const get = () =>
    (pending ??= load().then(
      (m) => (loaded = m),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  if (preload) registerLaterPart(get);
  return { get, now: () => loaded };
}
