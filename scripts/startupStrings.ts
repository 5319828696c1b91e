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
/** A module that only renders: a component (.tsx) or anything under src/panels. */
const isUiModule = (id: string) => /[\\/]src[\\/]panels[\\/]/.test(id) || /\.tsx$/.test(id.replace(/\?.*$/, ''));
const isComponentEntry = (c: BuiltChunk) => c.isDynamicEntry && c.facadeModuleId !== null && /\.tsx$/.test(c.facadeModuleId);

/**
 * The chunks whose code may run before the later strings are loaded. Guarded are: a lazily
 * loaded component's chunk (a dynamic entry whose module is a .tsx file: every such import is a
 * lazy part that waits for the strings), and chunks of UI modules only guarded chunks import.
 * Everything else — the entry, store and io chunks loaded on demand, shared chunks they import —
 * is unguarded. The string tables themselves are neither.
 */
export function unguardedChunks(chunks: readonly BuiltChunk[]): BuiltChunk[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const tables = new Set(chunks.filter((c) => c.moduleIds.some(isStringTable) && c.moduleIds.filter(inSrc).every(isStringTable)).map((c) => c.fileName));
  const guarded = new Set(
    chunks
      .filter((c) => !c.isEntry && !tables.has(c.fileName))
      .filter((c) => isComponentEntry(c) || c.moduleIds.filter(inSrc).every(isUiModule))
      .map((c) => c.fileName),
  );
  const importers = new Map<string, string[]>();
  for (const c of chunks) for (const i of [...c.imports, ...c.dynamicImports]) importers.set(i, [...(importers.get(i) ?? []), c.fileName]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const file of [...guarded]) {
      const chunk = byFile.get(file)!;
      if (isComponentEntry(chunk)) continue;
      if ((importers.get(file) ?? []).some((i) => !guarded.has(i) && !tables.has(i))) {
        guarded.delete(file);
        changed = true;
      }
    }
  }
  return chunks.filter((c) => !guarded.has(c.fileName) && !tables.has(c.fileName));
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

/** Fails the build when unguarded code names a later key (see above). */
export function startupStringsCheck(laterKeys: readonly string[]): Plugin {
  return {
    name: 'theory-model-startup-strings',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: BuiltChunk[] = [];
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        chunks.push({ fileName: out.fileName, code: out.code, moduleIds: out.moduleIds, imports: out.imports, dynamicImports: out.dynamicImports, isEntry: out.isEntry, isDynamicEntry: out.isDynamicEntry, facadeModuleId: out.facadeModuleId });
      }
      const found = laterKeysInUnguarded(chunks, laterKeys);
      if (found.length > 0) {
        const list = found.map((f) => `  ${f.file}: ${f.keys.join(', ')}`).join('\n');
        this.error(`Code that may run before the later UI strings are loaded names later keys; move them to the start-up part (src/i18n/<lang>/<area>.ts):\n${list}`);
      }
    },
  };
}
