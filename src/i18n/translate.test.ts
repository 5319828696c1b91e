import { describe, expect, it, vi } from 'vitest';
import { en, zh } from './strings';
import { chooseUiLanguage, translate } from './translate';

describe('translate', () => {
  it('fills named placeholders with plain text', () => {
    expect(translate('en', 'notice.unknownExample', { name: '<b>x</b>' })).toContain('“<b>x</b>”');
    expect(translate('zh', 'node.aria', { kind: '关键主体', label: '学校' })).toBe('关键主体：学校');
  });
  it('has every key in both languages, none empty', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  });
});

describe('chooseUiLanguage', () => {
  it('lets ?lang= win over the browser', () => {
    expect(chooseUiLanguage('?lang=zh', ['en-US'])).toBe('zh');
    expect(chooseUiLanguage('?lang=en', ['zh-CN'])).toBe('en');
  });
  it('follows the browser otherwise', () => {
    expect(chooseUiLanguage('', ['zh-TW', 'en'])).toBe('zh');
    expect(chooseUiLanguage('', ['de-DE'])).toBe('en');
    expect(chooseUiLanguage('?lang=fr', [])).toBe('en');
  });
});

describe('plurals', () => {
  it('picks the English form by Intl.PluralRules, with # as the number', () => {
    expect(translate('en', 'find.replaced', { count: 1 })).toBe('Replaced 1 occurrence. One Undo reverts it.');
    expect(translate('en', 'find.replaced', { count: 3 })).toBe('Replaced 3 occurrences. One Undo reverts them all.');
    expect(translate('en', 'find.replaced', { count: 0 })).toBe('Replaced 0 occurrences. One Undo reverts them all.');
    expect(translate('en', 'vocab.relationUsage', { count: 1 })).toBe('1 relation');
    expect(translate('en', 'inspector.retyped', { count: 1 })).toBe('Kind changed. 1 relation no longer fitted and was re-typed:');
  });
  it('fills other placeholders next to a plural', () => {
    expect(translate('en', 'vocab.removeKindInUse', { count: 1, name: 'Actor' })).toBe('1 element is “Actor”. Which kind should they become?');
    expect(translate('en', 'adapt.untranslated', { count: 2, lang: 'English' })).toContain('missing for 2 labels; they are marked');
  });
  it('leaves Chinese without plural forms untouched, and a missing count as written', () => {
    expect(translate('zh', 'find.replaced', { count: 1 })).toBe('已替换 1 处。撤销一次即可全部还原。');
    expect(translate('en', 'find.replaced', {})).toContain('{count, plural');
  });
  it('never lets a parameter named like an Object member fill a placeholder it was not given', () => {
    expect(translate('en', 'notice.unknownExample', {})).toContain('{name}');
  });
  it('has no English plural-sensitive string written with a bare count before a plural noun', () => {
    const bare = Object.entries(en).filter(([, text]) => /\{count\} (relations|elements|repairs|occurrences|placeholders|texts)\b/.test(text));
    expect(bare.map(([key]) => key)).toEqual([]);
  });
});

describe('loadStrings (only the active language at start-up, issue 15)', () => {
  it('loads one language table on request; a string of an unloaded table falls back, never throws', async () => {
    vi.resetModules();
    const fresh = await import('./translate');
    expect(fresh.stringsLoaded('zh')).toBe(false);
    expect(fresh.stringsLoaded('en')).toBe(false);
    expect(fresh.translate('zh', 'legend.title')).toBe('legend.title');
    await fresh.loadStrings('zh');
    expect(fresh.stringsLoaded('zh')).toBe(true);
    expect(fresh.stringsLoaded('en')).toBe(false);
    expect(fresh.translate('zh', 'legend.title')).toBe('图例');
    expect(fresh.translate('en', 'legend.title')).toBe('图例'); // not loaded: the loaded table
    await fresh.loadStrings('en');
    expect(fresh.translate('en', 'legend.title')).toBe('Legend');
  });

  it('loads the start-up part alone before the first render; the later part follows', async () => {
    vi.resetModules();
    const fresh = await import('./translate');
    await fresh.loadStrings('zh', 'startup');
    expect(fresh.translate('zh', 'legend.title')).toBe('图例');
    expect(fresh.translate('zh', 'present.exit')).toBe('present.exit'); // a later key: not loaded yet
    expect(fresh.stringsLoaded('zh')).toBe(false);
    await fresh.loadStrings('zh');
    expect(fresh.stringsLoaded('zh')).toBe(true);
    expect(fresh.translate('zh', 'present.exit')).toBe('退出演示');
  });
});

describe('afterStrings (issue 15, first load)', () => {
  it('resolves to the module only once the later strings of the languages in use are there', async () => {
    vi.resetModules();
    // A fresh table store, as in the browser after main.tsx: only the Chinese start-up part.
    const fresh = await import('./translate');
    const { zhStartup } = await import('./zh/startup');
    fresh.registerStrings('zh', zhStartup, ['startup']);
    expect(fresh.stringsLoaded('zh')).toBe(false);
    expect(fresh.translate('zh', 'io.tooDeep', { source: 'x' })).toBe('io.tooDeep');
    const module = await fresh.afterStrings(() => Promise.resolve({ answer: 42 }));
    expect(module).toEqual({ answer: 42 });
    expect(fresh.stringsLoaded('zh')).toBe(true);
    expect(fresh.translate('zh', 'io.tooDeep', { source: '此文件' })).toBe('此文件嵌套层级过深，不可能是理论模型文件。');
    // English was never in use: its later part is not fetched.
    expect(fresh.stringsLoaded('en')).toBe(false);
  });

  it('passes on a failed code download, and never fails for the strings', async () => {
    vi.resetModules();
    const fresh = await import('./translate');
    await expect(fresh.afterStrings(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    await expect(fresh.loadLaterStrings()).resolves.toBeUndefined();
  });
});
