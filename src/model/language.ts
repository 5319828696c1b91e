import type { Translations } from './types';

/** The primary subtag, lower-cased: `zh-CN` → `zh`. */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? '').split('-')[0].toLowerCase();
}

export type Localized = { text: string; /** true when a translation was wanted but missing */ missing: boolean };

/**
 * The text of an element in the diagram language `lang`. The element's own `label` is in the
 * model's original language; `labels` holds translations. Falls back to the original label.
 */
export function localize(label: string, labels: Translations | undefined, lang: string, original: string | undefined): Localized {
  const want = primaryLanguage(lang);
  if (!want || want === primaryLanguage(original ?? 'zh')) return { text: label, missing: false };
  if (labels) {
    const exact = labels[lang];
    if (exact) return { text: exact, missing: false };
    for (const [tag, text] of Object.entries(labels)) {
      if (text && primaryLanguage(tag) === want) return { text, missing: false };
    }
  }
  return { text: label, missing: label.length > 0 };
}
