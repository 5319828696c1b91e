/**
 * The bundled examples (top-level `examples/*.json`), loaded lazily as text so they stay out of
 * the initial bundle and enter the app through the same import path as any file.
 */
import { msg, rawText } from '../i18n/message';
import { importModelAsync } from './importLazy';
import type { ImportResult } from './types';

/** An example name the bundle does not have (a hand-typed `?example=`): said in the UI language. */
class UnknownExampleError extends Error {
  constructor(readonly example: string) {
    super(`Unknown example: ${example}`);
  }
}

const loaders = import.meta.glob('../../examples/*.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export const DEFAULT_EXAMPLE = 'figure-2';

/** The template the "Adapt to my industry" wizard offers first: Figure 2 with placeholders. */
export const DEFAULT_TEMPLATE = 'figure-2-template';

/**
 * The gallery's order: the paper's two figures, the general model as a template, then worked
 * examples. Files not listed here still appear, after these, alphabetically.
 */
export const GALLERY_ORDER = ['figure-2', 'figure-1', DEFAULT_TEMPLATE, 'ningbo-cross-border-ecommerce', 'foshan-regional-certificate'];

const byName = new Map(Object.entries(loaders).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), load]));

export function exampleNames(): string[] {
  return [...byName.keys()].sort();
}

/** Every example, in gallery order. */
export function galleryNames(): string[] {
  const listed = GALLERY_ORDER.filter((name) => byName.has(name));
  return [...listed, ...exampleNames().filter((name) => !listed.includes(name))];
}

export function hasExample(name: string): boolean {
  return byName.has(name);
}

/** The example's file text; rejects for an unknown name. */
export async function loadExampleText(name: string): Promise<string> {
  const load = byName.get(name);
  if (!load) throw new UnknownExampleError(name);
  return load();
}

/** The example as a model, through the one import path; an unknown or unloadable example is an error result. */
export async function importExample(name: string): Promise<ImportResult> {
  try {
    return await importModelAsync(await loadExampleText(name), { source: 'file' });
  } catch (error) {
    return { ok: false, error: { code: 'invalid', message: error instanceof UnknownExampleError ? msg('io.example.unknown', { name }) : rawText(error instanceof Error ? error.message : String(error)) } };
  }
}
