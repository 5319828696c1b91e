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
