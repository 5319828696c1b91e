import { useEffect, useId, useMemo } from 'react';
import { UI_LANGUAGES, type StringKey, type UiLanguage } from '../i18n/languages';
import { loadStrings } from '../i18n/translate';
import { primaryLanguage } from '../model/language';
import { modelLanguages, untranslated } from '../model/lint/translations';
import { useAppStore } from '../store/appStore';
import { selectContent } from '../store/contentSelector';
import { useT } from '../store/hooks';
import { languageName } from './inspector/languages';
import './languageSwitches.css';

// A Map, not {}: diagram languages come from the file's translations, and a tag could be `constructor`.
const OWN_NAMES = new Map<string, StringKey>([['zh', 'lang.zh'], ['en', 'lang.en']]);

/**
 * The header's language controls (issue 6): the diagram language (中文 / English: the canvas,
 * legend, title and exports follow it), a count of labels left untranslated in it that opens the
 * list, and the interface language.
 */
export function LanguageSwitches() {
  const t = useT();
  const id = useId();
  const doc = useAppStore(selectContent);
  const diagramLang = useAppStore((s) => s.diagramLang);
  const uiLang = useAppStore((s) => s.uiLang);
  const { setDiagramLang, setUiLang } = useAppStore.getState();
  // Only the start-up language's strings are loaded (issue 15): the other arrives on the first
  // switch, and the interface changes once it is here (never a moment in mixed languages).
  const switchUiLang = (lang: UiLanguage) => void loadStrings(lang).then(() => setUiLang(lang), () => setUiLang(lang));
  const shown = primaryLanguage(diagramLang);
  const options = useMemo(() => [...new Set(['zh', 'en', primaryLanguage(doc.meta.language ?? 'zh'), ...modelLanguages(doc)])], [doc]);
  const missing = useMemo(() => untranslated(doc, diagramLang).length, [doc, diagramLang]);

  // The page itself follows the interface language: screen readers and the browser's tab.
  useEffect(() => {
    document.documentElement.lang = uiLang === 'zh' ? 'zh-CN' : 'en';
  }, [uiLang]);

  return (
    <div className="tm-langs">
      <span className="tm-langs-caption" aria-hidden="true">
        {t('lang.diagram')}
      </span>
      <div role="radiogroup" aria-label={t('lang.diagram')} className="tm-segmented">
        {options.map((lang) => (
          <label key={lang} className={shown === lang ? 'is-on' : undefined}>
            <input type="radio" name={`${id}-diagram`} value={lang} checked={shown === lang} onChange={() => setDiagramLang(lang)} />
            {OWN_NAMES.has(lang) ? t(OWN_NAMES.get(lang)!) : languageName(lang)}
          </label>
        ))}
      </div>
      {missing > 0 && (
        <button type="button" className="tm-untranslated" title={t('untranslated.hint')} onClick={() => useAppStore.getState().setToolPanel('problems', 'missing-translation')}>
          {t('untranslated.count', { count: missing })}
        </button>
      )}
      <label className="tm-ui-lang">
        <span className="tm-langs-caption">{t('lang.label')}</span>
        <select value={uiLang} onChange={(e) => switchUiLang(e.target.value as UiLanguage)} aria-label={t('lang.label')}>
          {UI_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(OWN_NAMES.get(lang)!)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
