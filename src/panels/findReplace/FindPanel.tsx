import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TFunction } from '../../i18n/translate';
import { findHits, hitContext, type Hit } from '../../model/findReplace';
import { useAppStore } from '../../store/appStore';
import { selectContent } from '../../store/contentSelector';
import { replaceText } from '../../store/documentActions';
import { useT } from '../../store/hooks';
import { languageInUi, targetName } from '../elementNames';
import { revealTarget } from '../revealTarget';
import { ToolPanel } from '../ToolPanel';
import { useFindMarks } from './useFindMarks';

/** More than this many hits are counted, not listed: the list is for looking, Replace all does the work. */
const LISTED = 200;

function fieldName(hit: Hit, t: TFunction): string {
  const { field, owner, lang } = hit.field;
  if (field === 'translation') return t('field.translation', { lang: languageInUi(t, lang ?? '') });
  if (field === 'description') return t('field.description');
  return owner.type === 'meta' ? t('field.title') : t('field.label');
}

/**
 * Find and replace across every label, translation and description (and the title). Each hit is
 * listed with its element, its field and the text around it, the hit marked — as text, in <mark>.
 * Replace all is one edit, so one Undo reverts it.
 */
export function FindPanel() {
  const t = useT();
  const doc = useAppStore(selectContent);
  const lang = useAppStore((s) => s.diagramLang);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const hits = useMemo(() => findHits(doc, query, { caseSensitive }), [doc, query, caseSensitive]);
  // Matches marked on the canvas as you type, stepped through with Next/Previous (issue 14).
  const marks = useFindMarks(hits);

  useEffect(() => input.current?.focus(), []);

  const replace = () => {
    const state = useAppStore.getState();
    const count = replaceText(query, replacement, { caseSensitive });
    if (count > 0) state.notify('info', t('find.replaced', { count }));
  };

  return (
    <ToolPanel title={t('find.title')}>
      <div className="tm-find-fields">
        <label htmlFor={`${ids}-find`}>{t('find.find')}</label>
        <input
          ref={input}
          id={`${ids}-find`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (e.shiftKey) marks.previous();
            else marks.next();
          }}
        />
        <label htmlFor={`${ids}-replace`}>{t('find.replace')}</label>
        <input id={`${ids}-replace`} type="text" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      </div>
      <div className="tm-find-options">
        <label>
          <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} />
          {t('find.caseSensitive')}
        </label>
        <button type="button" className="tm-button" disabled={hits.length === 0} onClick={replace}>
          {t('find.replaceAll')}
        </button>
      </div>
      {query !== '' && (
        <p className="tm-tool-count" role="status">
          {hits.length === 0 ? t('find.none') : t('find.count', { count: hits.length })}
        </p>
      )}
      {marks.count > 0 && (
        <div className="tm-find-step">
          <span>{t('find.position', { index: marks.position, count: marks.count })}</span>
          <button type="button" className="tm-button" onClick={marks.previous}>
            {t('find.previous')}
          </button>
          <button type="button" className="tm-button" onClick={marks.next}>
            {t('find.next')}
          </button>
        </div>
      )}
      <ul className="tm-tool-list" aria-label={t('find.title')}>
        {hits.slice(0, LISTED).map((hit, i) => {
          const { before, match, after } = hitContext(hit);
          return (
            <li key={i}>
              <button type="button" className="tm-tool-item" onClick={() => revealTarget(hit.field.owner)}>
                <span className="tm-tool-where">
                  {targetName(doc, hit.field.owner, lang, t)} · {fieldName(hit, t)}
                </span>
                {before}
                <mark>{match}</mark>
                {after}
              </button>
            </li>
          );
        })}
      </ul>
      {hits.length > LISTED && <p className="tm-tool-count">{t('find.more', { count: hits.length - LISTED })}</p>}
    </ToolPanel>
  );
}
