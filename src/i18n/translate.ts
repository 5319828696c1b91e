import { en, zh, type StringKey, type UiLanguage } from './strings';

const tables: Record<UiLanguage, Record<StringKey, string>> = { en, zh };

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
  const template = tables[lang][key] ?? en[key];
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
