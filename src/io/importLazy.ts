/**
 * The import path's front door, loaded on demand (issue 15, first load): the fast path
 * (importFront.ts: size cap, parse, format and version check, the zod-free shape check and the
 * repairs) is its own chunk, not in the first load. Start-up asks for it as it begins
 * (`loadImportFront`, after the first render, alongside the draft or example it opens), so
 * the model is not held up; paste uses it at once once it is there.
 */
import { afterStrings } from '../i18n/translate';
import type { ImportOptions } from './importModel';
import type { ImportResult } from './types';

type Front = typeof import('./importFront');
let front: Front | undefined;
let loading: Promise<Front> | undefined;

/** The front door's module, loaded once (a failed download is retried on the next call). */
export function loadImportFront(): Promise<Front> {
  loading ??= afterStrings(() => import('./importFront')).then(
    (m) => (front = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The front door if it is loaded already (paste then runs at once), else undefined. */
export function importFrontNow(): Front | undefined {
  return front;
}

/** The import path for callers off the start-up path's budget: the fast path, else the full one. */
export async function importModelAsync(input: unknown, opts: ImportOptions = {}): Promise<ImportResult> {
  return (await loadImportFront()).importModelAsync(input, opts);
}
