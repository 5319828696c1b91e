import { useId } from 'react';
import { localize } from '../../model/language';
import { enteredValue, ORIGINAL, type EnteredValues, type ResolvedValues } from '../../model/templateModel';
import type { Placeholder, TheoryModel } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { languageInUi } from '../elementNames';

type Props = {
  doc: TheoryModel;
  languages: readonly string[];
  entered: EnteredValues;
  resolved: ResolvedValues;
  onChange: (lang: string, id: string, value: string) => void;
};

/** One row per placeholder: its question, its value (prefilled with the default) and its value in each translation language. */
export function PlaceholderFields({ doc, languages, entered, resolved, onChange }: Props) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const baseId = useId();
  const placeholders = doc.template?.placeholders ?? [];
  const question = (p: Placeholder) => localize(p.label, p.labels, uiLang, doc.meta.language).text;
  return (
    <div className="tm-adapt-fields">
      {languages.length > 0 && (
        <div className="tm-adapt-row tm-adapt-heads" aria-hidden="true">
          <span />
          <span>{t('adapt.value')}</span>
          {languages.map((lang) => (
            <span key={lang}>{languageInUi(t, lang)}</span>
          ))}
        </div>
      )}
      {placeholders.map((p, i) => {
        const id = `${baseId}-${i}`;
        // A field the user blanked stays blank while typing; the value it will get (the default,
        // built from the other answers) shows as its placeholder.
        const value = resolved.original.get(p.id) ?? '';
        const typed = enteredValue(entered, ORIGINAL, p.id);
        const shown = typed !== undefined && typed.trim() === '' ? typed : value;
        return (
          <div key={p.id} className="tm-adapt-row">
            <label htmlFor={id} className="tm-adapt-question">
              {question(p)}
            </label>
            <input id={id} type="text" value={shown} placeholder={value} aria-invalid={value.trim() === ''} onChange={(e) => onChange(ORIGINAL, p.id, e.target.value)} />
            {languages.map((lang) => {
              const name = languageInUi(t, lang);
              const translated = enteredValue(entered, lang, p.id) ?? resolved.translations.get(lang)?.get(p.id) ?? '';
              return (
                <input
                  key={lang}
                  type="text"
                  lang={lang}
                  className="tm-adapt-translation"
                  aria-label={t('adapt.translationLabel', { label: question(p), lang: name })}
                  placeholder={t('adapt.translationPlaceholder', { lang: name, value })}
                  value={translated}
                  onChange={(e) => onChange(lang, p.id, e.target.value)}
                />
              );
            })}
            {p.description && <p className="tm-adapt-hint">{p.description}</p>}
          </div>
        );
      })}
    </div>
  );
}
