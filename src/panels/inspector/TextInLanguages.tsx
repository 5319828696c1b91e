import type { StringKey } from '../../i18n/strings';
import { isOriginalLanguage, textIn, type Translatable } from '../../model/translatable';
import type { TheoryModel } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { TextField } from './fields';
import { fieldLanguages, languageName } from './languages';

type Props = {
  /** Session key prefix, e.g. `node:a:label`; the language is appended. */
  fieldKey: string;
  item: Translatable;
  /** `inspector.label` → "Label" / "Label (English)"; `inspector.titleField` → "Title" / "Title (English)". */
  name: 'inspector.label' | 'inspector.titleField';
  edit: (lang: string, text: string) => (doc: TheoryModel) => TheoryModel;
  multiline?: boolean;
  hint?: string;
  /** Start editing the main field now (a node just added); see TextField. */
  autoEdit?: boolean;
  onAutoEdit?: () => void;
  onAutoEditEnd?: () => void;
};

const IN_LANGUAGE: Record<Props['name'], StringKey> = { 'inspector.label': 'inspector.labelIn', 'inspector.titleField': 'inspector.titleIn' };

/**
 * A label and its translations. The first field, named plainly "Label", edits the text in the
 * diagram language — what the canvas shows, so typing there is seen at once. The others are named
 * "Label (中文)" / "Label (English)". Whichever is the model's original language edits `label`;
 * the others edit `labels.<lang>`, and an empty translation falls back to the original.
 */
export function TextInLanguages({ fieldKey, item, name, edit, multiline = true, hint, autoEdit, onAutoEdit, onAutoEditEnd }: Props) {
  const t = useT();
  const original = useAppStore((s) => s.doc.meta.language);
  const diagramLang = useAppStore((s) => s.diagramLang);
  const { main, others } = fieldLanguages(diagramLang, original);
  const originalText = item.label ?? '';
  // The main field's name is just "Label": say which language it is in beside it.
  const chip = (lang: string, withName: boolean) => {
    const parts = [withName ? languageName(lang) : '', isOriginalLanguage(lang, original) ? t('inspector.original') : ''].filter(Boolean);
    return parts.length > 0 ? <span className="tm-lang-chip">{parts.join(' · ')}</span> : undefined;
  };
  const field = (lang: string, label: string, rows: number, extraHint?: string, starts = false) => (
    <TextField
      key={lang}
      fieldKey={`${fieldKey}:${lang}`}
      label={label}
      value={textIn(item, lang, original)}
      edit={(text) => edit(lang, text)}
      multiline={multiline}
      rows={rows}
      lang={lang}
      aside={chip(lang, lang === main)}
      placeholder={isOriginalLanguage(lang, original) ? undefined : originalText}
      hint={extraHint}
      {...(starts ? { autoEdit, onAutoEdit, onAutoEditEnd } : {})}
    />
  );
  return (
    <>
      {field(main, t(name), 3, hint, true)}
      {others.map((lang) => field(lang, t(IN_LANGUAGE[name], { lang: languageName(lang) }), 2))}
    </>
  );
}
