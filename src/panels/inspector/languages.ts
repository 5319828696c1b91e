import { primaryLanguage } from '../../model/language';

/** Languages the Inspector offers text fields for, besides the model's own: the app's two UI languages. */
const OFFERED = ['zh', 'en'];

/** A language's own name (中文, English), so it reads the same in either UI language. */
export function languageName(tag: string): string {
  const primary = primaryLanguage(tag);
  if (primary === 'zh') return '中文';
  if (primary === 'en') return 'English';
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The languages of a label's fields: first the diagram language (the "Label" field edits what the
 * canvas shows), then the others among the model's original language and zh/en, by primary subtag.
 */
export function fieldLanguages(diagramLang: string, original: string | undefined): { main: string; others: string[] } {
  const main = primaryLanguage(diagramLang) || 'zh';
  const others: string[] = [];
  for (const tag of [primaryLanguage(original ?? 'zh'), ...OFFERED]) {
    if (tag && tag !== main && !others.includes(tag)) others.push(tag);
  }
  return { main, others };
}
