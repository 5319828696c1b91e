/**
 * Why an input was refused, in the UI language. An over-limit refusal names the limit and the
 * input's own number (issue 17), e.g. "at most 5,000 nodes (it has 6,200)".
 */
import type { StringKey } from '../i18n/strings';
import type { TFunction } from '../i18n/translate';
import type { ImportError, ImportErrorCode } from '../io/types';

const REASON: Record<ImportErrorCode, StringKey> = {
  'too-large': 'import.error.too-large',
  empty: 'import.error.empty',
  'not-json': 'import.error.not-json',
  'not-theory-model': 'import.error.not-theory-model',
  'future-version': 'import.error.future-version',
  invalid: 'import.error.invalid',
  'over-limit': 'import.error.over-limit',
};

const LIMIT: Record<NonNullable<ImportError['limit']>['name'], StringKey> = {
  nodes: 'limit.nodes',
  edges: 'limit.edges',
  edgesPerNode: 'limit.edgesPerNode',
  labelChars: 'limit.labelChars',
  textChars: 'limit.textChars',
  linkChars: 'limit.linkChars',
};

export function importReason(t: TFunction, error: ImportError, lang: string): string {
  if (error.code !== 'over-limit' || !error.limit) return t(REASON[error.code]);
  const n = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return t('import.error.over-limit', { limit: t(LIMIT[error.limit.name], { max: n(error.limit.max), actual: n(error.limit.actual) }) });
}
