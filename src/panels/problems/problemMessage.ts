import type { StringKey } from '../../i18n/strings';
import type { TFunction } from '../../i18n/translate';
import type { Problem } from '../../model/lint';
import type { TheoryModel } from '../../model/types';
import { kindText, languageInUi, targetName } from '../elementNames';

/** A problem in words, in the UI language: `Key actor “学校” has no driver.` */
export function problemMessage(doc: TheoryModel, problem: Problem, lang: string, t: TFunction): string {
  const params = problem.params ?? {};
  const words: Record<string, string | number> = { ...params, element: targetName(doc, problem.target, lang, t) };
  if (typeof params.lang === 'string') words.lang = languageInUi(t, params.lang);
  if (typeof params.source === 'string') words.source = kindText(doc, params.source, lang);
  if (typeof params.target === 'string') words.target = kindText(doc, params.target, lang);
  if (typeof params.placeholder === 'string') words.placeholder = `{${params.placeholder}}`;
  return t(`check.${problem.rule}.message` as StringKey, words);
}

export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
