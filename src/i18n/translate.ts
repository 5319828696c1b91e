import type { StringKey, UiLanguage } from './languages';

type Table = Readonly<Record<StringKey, string>>;

/**
 * The loaded string tables. At start-up only the UI language's is loaded (`loadStrings`, awaited
 * before the first render: main.tsx); the other arrives when the user switches, or when an export
 * needs the figure's language. Tests and scripts load both by importing `strings.ts`.
 */
const tables: Partial<Record<UiLanguage, Table>> = {};
const loading = new Map<UiLanguage, Promise<void>>();

export function registerStrings(lang: UiLanguage, table: Table): void {
  tables[lang] = table;
}

export function stringsLoaded(lang: UiLanguage): boolean {
  return tables[lang] !== undefined;
}

/** Loads a language's table (its own chunk) once; resolves at once when it is there. */
export function loadStrings(lang: UiLanguage): Promise<void> {
  if (tables[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    const load = lang === 'zh' ? import('./zh').then((m) => m.zh) : import('./en').then((m) => m.en);
    pending = load.then(
      (table) => registerStrings(lang, table),
      (error: unknown) => {
        loading.delete(lang); // a failed download may be retried
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
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
