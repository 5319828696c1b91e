/**
 * The UI strings are loaded in two parts (issue 15, first load; src/i18n/translate.ts): the
 * start-up part before the first render, the later part after it — and before any lazily loaded
 * panel, dialog or inspector renders (canvas/lazyPart.ts, app/LazyDialogs.tsx wait for it). So a
 * later key may only be used by code that runs inside such a guarded part. This check runs on
 * every build (`startupStringsCheck` in vite.config.ts) and fails it when code that may run
 * before the later part is there — the first-load chunk, a store action or io module loaded on
 * demand — names a later key: that string would show as its key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface BuiltChunk {
  fileName: string;
  code: string;
  /** Module ids (absolute paths) in the chunk. */
  moduleIds: readonly string[];
  /** Chunks this one imports statically / dynamically (file names). */
  imports: readonly string[];
  dynamicImports: readonly string[];
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  /**
   * Each dynamic import of one of this chunk's modules by a module outside it: the importing
   * chunk, and whether the import is written `afterStrings(() => import(…))`
   * (src/i18n/translate.ts), i.e. loads the later strings with the code. Without this list every
   * chunk in `dynamicImports` that names this one counts as an import without the strings.
   */
  dynamicLoads?: readonly { chunk: string; afterStrings: boolean }[];
}

const LITERAL = /["'`]([A-Za-z][\w.-]*)["'`]/g;
const TEMPLATE_PREFIX = /`([A-Za-z][\w.-]*\.)\$\{/g;

/** The keys of `keys` that `code` names: as a string literal, or as a template literal's prefix (`live.status.${s}`). */
export function keysNamed(code: string, keys: readonly string[]): string[] {
  const literals = new Set([...code.matchAll(LITERAL)].map((m) => m[1]));
  const prefixes = [...new Set([...code.matchAll(TEMPLATE_PREFIX)].map((m) => m[1]))];
  return keys.filter((k) => literals.has(k) || prefixes.some((p) => k.startsWith(p)));
}

const inSrc = (id: string) => /[\\/]src[\\/]/.test(id);
const isStringTable = (id: string) => /[\\/]src[\\/]i18n[\\/](en|zh)[\\/]/.test(id);
const isComponentEntry = (c: BuiltChunk) => c.isDynamicEntry && c.facadeModuleId !== null && /\.tsx$/.test(c.facadeModuleId);

/**
 * The chunks whose code may run before the later strings are loaded. Guarded are: a lazily
 * loaded component's chunk (a dynamic entry whose module is a .tsx file: every such import is a
 * lazy part that waits for the strings); a chunk loaded on demand only with the later strings
 * (`afterStrings`); and a chunk that only guarded chunks import. Everything else — the entry,
 * code loaded on demand without the strings, and what they import — is unguarded. The string
 * tables themselves are neither.
 */
export function unguardedChunks(chunks: readonly BuiltChunk[]): BuiltChunk[] {
  const tables = new Set(chunks.filter((c) => c.moduleIds.some(isStringTable) && c.moduleIds.filter(inSrc).every(isStringTable)).map((c) => c.fileName));
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const staticImporters = new Map<string, string[]>();
  const loads = new Map<string, { chunk: string; afterStrings: boolean }[]>();
  for (const c of chunks) {
    for (const i of c.imports) staticImporters.set(i, [...(staticImporters.get(i) ?? []), c.fileName]);
    for (const i of c.dynamicImports) if (!byFile.get(i)?.dynamicLoads) loads.set(i, [...(loads.get(i) ?? []), { chunk: c.fileName, afterStrings: false }]);
  }
  for (const c of chunks) if (c.dynamicLoads) loads.set(c.fileName, [...(loads.get(c.fileName) ?? []), ...c.dynamicLoads]);
  // Everything but the entry starts guarded; a chunk loses it when unguarded code imports it
  // statically, or loads it on demand without the strings. Component entries always keep it.
  const guarded = new Set(chunks.filter((c) => !c.isEntry && !tables.has(c.fileName)).map((c) => c.fileName));
  const unguarded = (file: string) => !guarded.has(file) && !tables.has(file);
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of chunks) {
      if (!guarded.has(c.fileName) || isComponentEntry(c)) continue;
      const byStatic = (staticImporters.get(c.fileName) ?? []).some(unguarded);
      const loadedBy = loads.get(c.fileName) ?? [];
      // A dynamic entry nothing is known to load is taken as loaded without the strings.
      const byLoad = (c.isDynamicEntry && loadedBy.length === 0) || loadedBy.some((l) => !l.afterStrings && unguarded(l.chunk));
      if (byStatic || byLoad) {
        guarded.delete(c.fileName);
        changed = true;
      }
    }
  }
  return chunks.filter((c) => !guarded.has(c.fileName) && !tables.has(c.fileName));
}

const DYNAMIC_IMPORT = /\bimport\s*\(/g;
// Vite's build wraps each dynamic import in its preload helper before the bundle is written.
const WRAPPED_IMPORT = /\bafterStrings\s*\(\s*\(\)\s*=>\s*(?:__vitePreload\s*\(\s*\(\)\s*=>\s*)?import\s*\(/g;

/** Whether every dynamic import in a module's code is written `afterStrings(() => import(…))`. */
export function importsAfterStrings(code: string): boolean {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return (bare.match(DYNAMIC_IMPORT) ?? []).length === (bare.match(WRAPPED_IMPORT) ?? []).length;
}

/** Later keys named by unguarded code, with the chunk that names them. */
export function laterKeysInUnguarded(chunks: readonly BuiltChunk[], laterKeys: readonly string[]): { file: string; keys: string[] }[] {
  return unguardedChunks(chunks)
    .map((c) => ({ file: c.fileName, keys: keysNamed(c.code, laterKeys) }))
    .filter((x) => x.keys.length > 0);
}

/**
 * The keys of the later part, read from its source files (`src/i18n/en/later/*.ts`, one
 * `'key': text,` entry a line) so the build config need not import the app's modules. A unit
 * test holds this equal to the keys of `enLater`.
 */
export function laterKeysFromSource(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  return files.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]));
}

/** The bundle's chunks as the check reads them, with each chunk's on-demand loads (rollup's module graph). */
type ModuleGraph = { getModuleInfo(id: string): { dynamicImporters: readonly string[]; code: string | null } | null };
type Bundle = Record<string, { type: 'asset' } | ({ type: 'chunk'; fileName: string; code: string } & Omit<BuiltChunk, 'fileName' | 'code' | 'dynamicLoads'>)>;

export function builtChunks(ctx: ModuleGraph, bundle: Bundle): BuiltChunk[] {
  const chunks: BuiltChunk[] = [];
  const chunkOf = new Map<string, string>();
  for (const out of Object.values(bundle)) if (out.type === 'chunk') for (const id of out.moduleIds) chunkOf.set(id, out.fileName);
  for (const out of Object.values(bundle)) {
    if (out.type !== 'chunk') continue;
    const own = new Set(out.moduleIds);
    const importers = out.moduleIds.flatMap((id) => ctx.getModuleInfo(id)?.dynamicImporters ?? []).filter((id) => !own.has(id));
    const dynamicLoads = importers.map((id) => ({ chunk: chunkOf.get(id) ?? '?', afterStrings: importsAfterStrings(ctx.getModuleInfo(id)?.code ?? 'import(') }));
    chunks.push({ fileName: out.fileName, code: out.code, moduleIds: out.moduleIds, imports: out.imports, dynamicImports: out.dynamicImports, isEntry: out.isEntry, isDynamicEntry: out.isDynamicEntry, facadeModuleId: out.facadeModuleId, dynamicLoads });
  }
  return chunks;
}

/** Fails the build when unguarded code names a later key (see above). */
export function startupStringsCheck(laterKeys: readonly string[]): Plugin {
  return {
    name: 'theory-model-startup-strings',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = builtChunks(this, bundle);
      const found = laterKeysInUnguarded(chunks, laterKeys);
      if (found.length > 0) {
        const list = found.map((f) => `  ${f.file}: ${f.keys.join(', ')}`).join('\n');
        this.error(`Code that may run before the later UI strings are loaded names later keys; move them to the start-up part (src/i18n/<lang>/<area>.ts):\n${list}`);
      }
    },
  };
}
