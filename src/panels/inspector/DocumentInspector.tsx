import { useId, useState } from 'react';
import { formatAuthors, looksLikeLanguageTag, parseAuthors, setAuthors, setMetaField, setTitle } from '../../model/fieldEdits';
import { useAppStore } from '../../store/appStore';
import { editField, endFieldEdit } from '../../store/fieldSession';
import { useT } from '../../store/hooks';
import { EdgeStyleField } from './EdgeStyleField';
import { onFieldKeyDown, Section, TextField } from './fields';
import { TextInLanguages } from './TextInLanguages';

/** Nothing selected: the model itself — title, description, source, authors, language. */
export function DocumentInspector() {
  const t = useT();
  const meta = useAppStore((s) => s.doc.meta);
  const language = meta.language ?? '';
  return (
    <>
      <header className="tm-inspector-head">
        <span className="tm-inspector-kind">{t('inspector.document')}</span>
      </header>
      <Section title={t('inspector.text')}>
        <TextInLanguages fieldKey="meta:title" item={{ label: meta.title, labels: meta.labels }} name="inspector.titleField" edit={(l, text) => (d) => setTitle(d, l, text)} />
        <TextField
          fieldKey="meta:description"
          label={t('inspector.description')}
          value={meta.description ?? ''}
          edit={(text) => (d) => setMetaField(d, 'description', text)}
          multiline
          rows={4}
        />
      </Section>
      <Section title={t('inspector.citation')}>
        <TextField
          fieldKey="meta:source"
          label={t('inspector.source')}
          value={meta.source ?? ''}
          edit={(text) => (d) => setMetaField(d, 'source', text)}
          multiline
          rows={3}
          hint={t('inspector.sourceHint')}
        />
        <AuthorsField authors={meta.authors} />
        <TextField
          fieldKey="meta:language"
          label={t('inspector.language')}
          value={language}
          // A tag never contains spaces; trimming keeps "zh " from silently meaning another language.
          edit={(text) => (d) => setMetaField(d, 'language', text.trim())}
          hint={t('inspector.languageHint')}
          invalid={language !== '' && !looksLikeLanguageTag(language) ? t('inspector.languageInvalid') : undefined}
        />
      </Section>
      <EdgeStyleField />
    </>
  );
}

/**
 * Authors are a list in the file but typed as text. While typing, the field shows exactly what
 * was typed ("Zhao," keeps its comma) as long as the document still holds the list that text
 * parsed to; any other change (undo, another tab) shows the document's list again.
 */
function AuthorsField({ authors }: { authors: string[] | undefined }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; list: string[] | undefined } | null>(null);
  const value = draft && draft.list === authors ? draft.text : formatAuthors(authors);
  return (
    <div className="tm-field">
      <div className="tm-field-head">
        <label htmlFor={id}>{t('inspector.authors')}</label>
      </div>
      <textarea
        id={id}
        rows={2}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const text = e.target.value;
          editField('meta:authors', (d) => setAuthors(d, parseAuthors(text)));
          setDraft({ text, list: useAppStore.getState().doc.meta.authors });
        }}
        onBlur={() => {
          setDraft(null);
          endFieldEdit();
        }}
        onKeyDown={(e) => onFieldKeyDown(e, true)}
      />
      <p id={`${id}-hint`} className="tm-field-hint">
        {t('inspector.authorsHint')}
      </p>
    </div>
  );
}
