import { localize } from '../../model/language';
import { parseTemplate } from '../../model/template';
import type { TheoryModel } from '../../model/types';

/** Template text with each placeholder shown as a highlighted blank named by its question (地区, Region). */
export function TemplateText({ doc, text, lang }: { doc: TheoryModel; text: string; lang: string }) {
  const placeholders = new Map((doc.template?.placeholders ?? []).map((p) => [p.id, p]));
  return (
    <>
      {parseTemplate(text).map((segment, i) => {
        if (segment.kind === 'text') return <span key={i}>{segment.text}</span>;
        const p = placeholders.get(segment.id);
        return (
          <mark key={i} className="tm-ph">
            {p ? localize(p.label, p.labels, lang, doc.meta.language).text : segment.id}
          </mark>
        );
      })}
    </>
  );
}
