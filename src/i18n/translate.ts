import type { StringKey, UiLanguage } from './languages';

type Table = Readonly<Record<StringKey, string>>;

/**
 * The loaded string tables. Each language's table comes in two parts (issue 15, first load): the
 * start-up part — what the app shows before and at its first render — which main.tsx loads before
 * the first render, and the later part, which follows after it and which every lazily loaded
 * panel, dialog and inspector waits for (canvas/lazyPart.ts). Only the UI language's are loaded
 * at start; the other language's arrive when the user switches, or when an export needs the
 * figure's language. Tests and scripts load everything by importing `strings.ts`. Which keys may
 * be in the later part is checked by every build (scripts/startupStrings.ts).
 */
type Part = 'startup' | 'later';
const tables: Partial<Record<UiLanguage, Partial<Table>>> = {};
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();

/** Adds strings of a language (a part, or the whole table). */
export function registerStrings(lang: UiLanguage, table: Partial<Table>, parts: readonly Part[] = ['startup', 'later']): void {
  tables[lang] = { ...tables[lang], ...table };
  for (const part of parts) loaded.add(`${lang}:${part}`);
}

/** Whether every string of the language is loaded (both parts). */
export function stringsLoaded(lang: UiLanguage): boolean {
  return loaded.has(`${lang}:startup`) && loaded.has(`${lang}:later`);
}

const PARTS: Record<`${UiLanguage}:${Part}`, () => Promise<Partial<Table>>> = {
  'en:startup': () => import('./en/startup').then((m) => m.enStartup),
  'en:later': () => import('./en/later').then((m) => m.enLater),
  'zh:startup': () => import('./zh/startup').then((m) => m.zhStartup),
  'zh:later': () => import('./zh/later').then((m) => m.zhLater),
};

function loadPart(lang: UiLanguage, part: Part): Promise<void> {
  const id = `${lang}:${part}` as const;
  if (loaded.has(id)) return Promise.resolve();
  let pending = loading.get(id);
  if (!pending) {
    pending = PARTS[id]().then(
      (table) => registerStrings(lang, table, [part]),
      (error: unknown) => {
        loading.delete(id); // a failed download may be retried
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/**
 * Loads a language's strings (each part its own chunk) once; resolves at once when they are
 * there. `'startup'`: only the start-up part (main.tsx, before the first render).
 */
export function loadStrings(lang: UiLanguage, only?: 'startup'): Promise<void> {
  if (only === 'startup') return loadPart(lang, 'startup');
  return Promise.all([loadPart(lang, 'startup'), loadPart(lang, 'later')]).then(() => undefined);
}

/**
 * The later part of every language whose start-up part is loaded (the UI language, and any the
 * user has switched to). Never rejects: if a part cannot be downloaded, strings fall back to what
 * is loaded (see `translate`), as a lazily loaded panel does (canvas/lazyPart.ts).
 */
export function loadLaterStrings(): Promise<void> {
  const langs = (['en', 'zh'] as const).filter((lang) => loaded.has(`${lang}:startup`));
  return Promise.all(langs.map((lang) => loadPart(lang, 'later').catch(() => undefined))).then(() => undefined);
}

/**
 * Loads code that is fetched on demand and may name later strings (store actions, io and
 * commands: `afterStrings(() => import('./x'))`) together with the later strings, so nothing in it
 * runs before they are there. The build's check (scripts/startupStrings.ts) counts a module that
 * is only ever loaded like this as code that runs after the later strings.
 */
export function afterStrings<T>(load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), loadLaterStrings()]).then(([module]) => module);
}

export type Params = Record<string, string | number>;
export type TFunction = (key: StringKey, params?: Params) => string;

const LOCALES: Record<UiLanguage, string> = { en: 'en', zh: 'zh-CN' };
const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

function pluralCategory(lang: UiLanguage, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules.select(n);
}

/**
 * `{count, plural, one {# relation} other {# relations}}`: the ICU plural form, with `#` standing
 * for the number. The category comes from Intl.PluralRules for the UI language (English has one and
 * other; Chinese only other), so "1 relations" cannot be written. Nested braces are not supported
 * inside a branch; no string needs them.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /\s*(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

function plurals(lang: UiLanguage, template: string, params: Params): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? Number(params[name]) : NaN;
    if (!Number.isFinite(value)) return whole;
    const branches = new Map<string, string>();
    for (const m of body.matchAll(BRANCH)) branches.set(m[1], m[2]);
    const text = branches.get(`=${value}`) ?? branches.get(pluralCategory(lang, value)) ?? branches.get('other') ?? whole;
    return text.replace(/#/g, String(value));
  });
}

/** Looks a key up, chooses plural forms and fills `{name}` placeholders. Values are plain text, never markup. */
export function translate(lang: UiLanguage, key: StringKey, params?: Params): string {
  // A table that is not loaded (never the UI language's: see above) falls back to a loaded one,
  // then to the key itself, so a string can never throw.
  const template = tables[lang]?.[key] ?? tables.en?.[key] ?? tables.zh?.[key] ?? key;
  if (!params) return template;
  return plurals(lang, template, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translator(lang: UiLanguage): TFunction {
  return (key, params) => translate(lang, key, params);
}

/** `?lang=` wins; otherwise the browser's languages: zh* → Chinese, anything else → English. */
export function chooseUiLanguage(search: string, browserLanguages: readonly string[]): UiLanguage {
  const forced = new URLSearchParams(search).get('lang')?.toLowerCase();
  if (forced?.startsWith('zh')) return 'zh';
  if (forced?.startsWith('en')) return 'en';
  const first = browserLanguages[0]?.toLowerCase() ?? 'en';
  return first.startsWith('zh') ? 'zh' : 'en';
}
