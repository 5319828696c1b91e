/**
 * Asks the browser to keep this site's storage (issue 17, defect 9). Without it, drafts in
 * localStorage are "best effort": the browser may evict them under storage pressure. Chromium
 * grants it silently by site engagement, Firefox may ask the user; either way the answer is shown
 * in the storage warning, so a user whose saving fails knows whether the drafts are safe.
 */
export type PersistOutcome = 'granted' | 'denied' | 'unsupported' | 'pending';

type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

export type Persistence = { outcome: () => PersistOutcome; ready: Promise<PersistOutcome> };

/** Requests persistence once; never throws (a missing API or a rejected promise is an outcome). */
export function requestPersistence(manager: StorageManagerLike | undefined = globalThis.navigator?.storage): Persistence {
  let outcome: PersistOutcome = 'pending';
  const ask = async (): Promise<PersistOutcome> => {
    if (!manager || typeof manager.persist !== 'function') return 'unsupported';
    try {
      if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'granted';
      return (await manager.persist()) ? 'granted' : 'denied';
    } catch {
      return 'denied';
    }
  };
  const ready = ask().then((result) => (outcome = result));
  return { outcome: () => outcome, ready };
}
