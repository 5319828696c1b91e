import { primaryLanguage } from './language';
import type { Translations } from './types';

/**
 * Text that exists in the model's original language (`label`) and in translations (`labels`):
 * nodes, edges, kinds, relation types and the title all follow this rule, read by localize().
 */
export type Translatable = { label?: string; labels?: Translations };

/**
 * Whether `lang` is the model's original language. Same default as localize() in language.ts:
 * a model that does not declare its language is taken as Chinese (the paper's language).
 */
export function isOriginalLanguage(lang: string, original: string | undefined): boolean {
  return primaryLanguage(lang) === primaryLanguage(original ?? 'zh');
}

/** The key under which `lang`'s translation is stored: an exact tag, else one with the same primary subtag, else `lang`. */
export function translationKey(labels: Translations | undefined, lang: string): string {
  if (!labels || Object.hasOwn(labels, lang)) return lang;
  const want = primaryLanguage(lang);
  return Object.keys(labels).find((tag) => primaryLanguage(tag) === want) ?? lang;
}

/** The text stored for `lang`: the label itself in the original language, otherwise the translation (or ''). */
export function textIn(item: Translatable, lang: string, original: string | undefined): string {
  if (isOriginalLanguage(lang, original)) return item.label ?? '';
  return item.labels?.[translationKey(item.labels, lang)] ?? '';
}

/**
 * Sets the text of `item` in `lang`. The original language edits `label`; another language edits
 * `labels[lang]`, and an empty translation is removed rather than stored (an empty string would
 * show as a blank label instead of falling back to the original). With `optionalLabel` (edge
 * labels) an empty original label is removed too. Returns `item` itself when nothing changes.
 */
export function withText<T extends Translatable>(item: T, lang: string, original: string | undefined, text: string, optionalLabel = false): T {
  if (isOriginalLanguage(lang, original)) {
    if (optionalLabel && text === '') {
      if (item.label === undefined) return item;
      const { label: _drop, ...rest } = item;
      return rest as T;
    }
    return item.label === text ? item : { ...item, label: text };
  }
  const key = translationKey(item.labels, lang);
  const current = item.labels?.[key];
  if (text === '') {
    if (current === undefined) return item;
    const { [key]: _gone, ...others } = item.labels ?? {};
    if (Object.keys(others).length > 0) return { ...item, labels: others };
    const { labels: _none, ...rest } = item;
    return rest as T;
  }
  if (current === text) return item;
  return { ...item, labels: { ...item.labels, [key]: text } };
}
