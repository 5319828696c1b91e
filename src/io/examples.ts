/**
 * The bundled examples (top-level `examples/*.json`), loaded lazily as text so they stay out of
 * the initial bundle and enter the app through the same import path as any file.
 */
const loaders = import.meta.glob('../../examples/*.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export const DEFAULT_EXAMPLE = 'figure-2';

const byName = new Map(Object.entries(loaders).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), load]));

export function exampleNames(): string[] {
  return [...byName.keys()].sort();
}

export function hasExample(name: string): boolean {
  return byName.has(name);
}

/** The example's file text; rejects for an unknown name. */
export async function loadExampleText(name: string): Promise<string> {
  const load = byName.get(name);
  if (!load) throw new Error(`Unknown example: ${name}`);
  return load();
}
