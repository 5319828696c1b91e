import { memo } from 'react';
import { localize } from '../../model/language';
import { parseTemplate, placeholderIds } from '../../model/template';
import type { ResolvedValues } from '../../model/templateModel';
import { listTextFields } from '../../model/textFields';
import type { TheoryModel } from '../../model/types';
import { useT } from '../../store/hooks';

/** Template text with the values filled in, each inserted value highlighted (as text: <mark>, never markup). */
function Filled({ text, values }: { text: string; values: ResolvedValues }) {
  return (
    <>
      {parseTemplate(text).map((s, i) =>
        s.kind === 'text' ? <span key={i}>{s.text}</span> : <mark key={i}>{values.original.get(s.id) ?? `{${s.id}}`}</mark>,
      )}
    </>
  );
}

/**
 * The live preview: the title as it will be, how many texts change, and every canvas label that
 * uses a placeholder, filled with what the user typed so far.
 */
function AdaptPreviewView({ template, values, filled }: { template: TheoryModel; values: ResolvedValues; filled: TheoryModel }) {
  const t = useT();
  const changing = listTextFields(template).filter((f) => placeholderIds(f.text).length > 0).length;
  const labels = template.nodes.filter((n) => placeholderIds(n.label).length > 0);
  const en = filled.meta.labels && localize(filled.meta.title, filled.meta.labels, 'en', filled.meta.language);
  return (
    <section className="tm-adapt-preview" aria-label={t('adapt.preview')}>
      <h3>{t('adapt.preview')}</h3>
      <p className="tm-adapt-title">
        <Filled text={template.meta.title} values={values} />
      </p>
      {en && !en.missing && <p className="tm-adapt-title-en" lang="en">{en.text}</p>}
      <p className="tm-adapt-count">{t('adapt.changes', { count: changing })}</p>
      <ul>
        {labels.map((n) => (
          <li key={n.id}>
            <Filled text={n.label} values={values} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export const AdaptPreview = memo(AdaptPreviewView);
