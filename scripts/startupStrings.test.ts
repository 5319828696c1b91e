import { describe, expect, it } from 'vitest';
import { enLater } from '../src/i18n/en/later';
import { enStartup } from '../src/i18n/en/startup';
import { importsAfterStrings, keysNamed, laterKeysFromSource, laterKeysInUnguarded, unguardedChunks, type BuiltChunk } from './startupStrings';

const chunk = (fileName: string, code: string, moduleIds: string[], more: Partial<BuiltChunk> = {}): BuiltChunk => ({
  fileName,
  code,
  moduleIds,
  imports: [],
  dynamicImports: [],
  isEntry: false,
  isDynamicEntry: false,
  facadeModuleId: null,
  ...more,
});

describe('the later strings check (issue 15, first load)', () => {
  it('finds keys named as literals and by template prefixes, not by accident', () => {
    const keys = ['present.exit', 'live.status.online', 'find.next', 'compare.title'];
    expect(keysNamed('t("present.exit");t(`live.status.${s}`);const x="find.nextish"', keys)).toEqual(['present.exit', 'live.status.online']);
  });

  it('a lazily loaded component and what only it imports are guarded; the entry and on-demand store code are not', () => {
    const chunks = [
      chunk('index.js', 'import("./Find.js");import("./layout.js")', ['/a/src/app/main.tsx'], { isEntry: true, dynamicImports: ['Find.js', 'layout.js'] }),
      chunk('Find.js', 'import "./shared.js"', ['/a/src/panels/findReplace/FindPanel.tsx'], { isDynamicEntry: true, facadeModuleId: '/a/src/panels/findReplace/FindPanel.tsx', imports: ['shared.js'] }),
      chunk('shared.js', '', ['/a/src/panels/elementNames.ts']),
      chunk('layout.js', 'import "./both.js"', ['/a/src/store/layoutActions.ts'], { isDynamicEntry: true, facadeModuleId: '/a/src/store/layoutActions.ts', imports: ['both.js'] }),
      chunk('both.js', '', ['/a/src/panels/revealTarget.ts']),
      chunk('en.js', '', ['/a/src/i18n/en/startup.ts', '/a/src/i18n/en/core.ts'], { isDynamicEntry: true, facadeModuleId: '/a/src/i18n/en/startup.ts' }),
    ];
    // both.js holds only UI code, but unguarded code (layout.js) imports it: it may run before the strings.
    expect(unguardedChunks(chunks).map((c) => c.fileName)).toEqual(['index.js', 'layout.js', 'both.js']);
  });

  it('reports a later key in unguarded code, with its chunk', () => {
    const chunks = [
      chunk('index.js', 't("cmd.undo")', ['/a/src/app/main.tsx'], { isEntry: true }),
      chunk('layout.js', 'notify(t("present.exit"))', ['/a/src/store/layoutActions.ts'], { isDynamicEntry: true, facadeModuleId: '/a/src/store/layoutActions.ts' }),
      chunk('Present.js', 't("present.exit")', ['/a/src/canvas/presentation/Presentation.tsx'], { isDynamicEntry: true, facadeModuleId: '/a/src/canvas/presentation/Presentation.tsx' }),
    ];
    expect(laterKeysInUnguarded(chunks, ['present.exit'])).toEqual([{ file: 'layout.js', keys: ['present.exit'] }]);
  });

  it('code loaded on demand with the later strings is guarded, and so is what only it imports (afterStrings)', () => {
    const chunks = [
      chunk('index.js', '', ['/a/src/app/main.tsx'], { isEntry: true, dynamicImports: ['front.js', 'sync.js'] }),
      chunk('front.js', 't("io.empty")', ['/a/src/io/importFront.ts'], { isDynamicEntry: true, facadeModuleId: '/a/src/io/importFront.ts', imports: ['repair.js'], dynamicImports: ['model.js'], dynamicLoads: [{ chunk: 'index.js', afterStrings: true }] }),
      chunk('repair.js', 't("repair.x")', ['/a/src/io/repair/index.ts']),
      // Loaded by guarded code without the wrapper: still after the strings.
      chunk('model.js', 't("io.tooDeep")', ['/a/src/io/importModel.ts'], { isDynamicEntry: true, facadeModuleId: '/a/src/io/importModel.ts', imports: ['repair.js'], dynamicLoads: [{ chunk: 'front.js', afterStrings: false }] }),
      // Loaded by the entry once with and once without the strings: unguarded.
      chunk('sync.js', 't("library.x")', ['/a/src/store/library/sync.ts'], { isDynamicEntry: true, facadeModuleId: '/a/src/store/library/sync.ts', dynamicLoads: [{ chunk: 'index.js', afterStrings: true }, { chunk: 'index.js', afterStrings: false }] }),
    ];
    expect(unguardedChunks(chunks).map((c) => c.fileName)).toEqual(['index.js', 'sync.js']);
    expect(laterKeysInUnguarded(chunks, ['io.empty', 'repair.x', 'io.tooDeep', 'library.x'])).toEqual([{ file: 'sync.js', keys: ['library.x'] }]);
  });

  it('counts an import as loading the strings only when it is written afterStrings(() => import(…))', () => {
    expect(importsAfterStrings('const a = () => afterStrings(() => import("./a"));\n/** `import()` in a comment */')).toBe(true);
    expect(importsAfterStrings('afterStrings(() => __vitePreload(() => import("./a"), []))')).toBe(true);
    expect(importsAfterStrings('afterStrings(() => import("./a")); import("./b")')).toBe(false);
    expect(importsAfterStrings('const m = await import("./a"); afterStrings(m)')).toBe(false);
  });

  it('reads the later keys from their source files exactly as the table has them, and no key is in both parts', () => {
    expect(laterKeysFromSource('src/i18n/en/later').sort()).toEqual(Object.keys(enLater).sort());
    expect(Object.keys(enLater).filter((k) => k in enStartup)).toEqual([]);
  });
});
