import { useMemo } from 'react';
import { translator, type TFunction } from '../i18n/translate';
import { useAppStore } from './appStore';

/** The UI translation function for the current interface language. */
export function useT(): TFunction {
  const lang = useAppStore((s) => s.uiLang);
  return useMemo(() => translator(lang), [lang]);
}
