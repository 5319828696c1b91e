import { en, zh, type StringKey, type UiLanguage } from './strings';

const tables: Record<UiLanguage, Record<StringKey, string>> = { en, zh };

export type Params = Record<string, string | number>;
export type TFunction = (key: StringKey, params?: Params) => string;

/** Looks a key up and fills `{name}` placeholders. Values are plain text, never markup. */
export function translate(lang: UiLanguage, key: StringKey, params?: Params): string {
  const template = tables[lang][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
