import { memo, useMemo, type ReactNode } from 'react';
import { modeOf, nextMode, withFilter, type FilterMode, type Filters } from '../model/emphasis';
import { legendEntries } from '../model/legend';
import { useAppStore } from '../store/appStore';
import { selectContent } from '../store/contentSelector';
import { useT } from '../store/hooks';
import { KindSwatch, RelationSwatch } from './Swatches';

const modeIn = (filters: Filters, table: keyof Filters, id: string): FilterMode => modeOf(filters[table], id);

/**
 * One legend entry as a toggle (issue 14): a click steps its kind or relation type through shown,
 * dimmed and hidden on the canvas (and in an export of that view). View state, never saved.
 */
function FilterToggle({ table, id, text, children }: { table: keyof Filters; id: string; text: string; children: ReactNode }) {
  const t = useT();
  const mode = useAppStore((s) => modeIn(s.filters, table, id));
  const change = () => {
    const { filters, setFilters } = useAppStore.getState();
    setFilters(withFilter(filters, table, id, nextMode(modeIn(filters, table, id))));
  };
  const label = t('legend.filter', { name: text, mode: t(`legend.mode.${mode}`) });
  return (
    <li className={`tm-legend-${mode}`}>
      <button type="button" className="tm-legend-entry" aria-label={label} title={label} onClick={change}>
        {children}
        <span>{text}</span>
        {mode !== 'show' && <span className="tm-legend-mode">{t(`legend.mode.${mode}`)}</span>}
      </button>
    </li>
  );
}

/** Every kind and relation type in use, with its swatch. Also drawn into exported images. */
function LegendView() {
  const t = useT();
  const visible = useAppStore((s) => s.legendVisible);
  const setVisible = useAppStore((s) => s.setLegendVisible);
  const doc = useAppStore(selectContent);
  const lang = useAppStore((s) => s.diagramLang);
  const { kinds, relations } = useMemo(() => legendEntries(doc, lang), [doc, lang]);
  if (!visible) {
    return (
      <button type="button" className="tm-legend-toggle" onClick={() => setVisible(true)}>
        {t('legend.show')}
      </button>
    );
  }
  return (
    <section className="tm-legend" aria-label={t('legend.title')}>
      <header>
        <h2>{t('legend.title')}</h2>
        <button type="button" className="tm-icon-button" aria-label={t('legend.hide')} title={t('legend.hide')} onClick={() => setVisible(false)}>
          ×
        </button>
      </header>
      {kinds.length > 0 && (
        <ul aria-label={t('legend.kinds')}>
          {kinds.map((k) => (
            <FilterToggle key={k.id} table="kinds" id={k.id} text={k.text}>
              <KindSwatch color={k.color} shape={k.shape} />
            </FilterToggle>
          ))}
        </ul>
      )}
      {relations.length > 0 && (
        <ul aria-label={t('legend.relations')}>
          {relations.map((r) => (
            <FilterToggle key={r.id} table="relations" id={r.id} text={r.text}>
              <RelationSwatch color={r.color} line={r.line} arrow={r.arrow} head={r.head} width={r.width} />
            </FilterToggle>
          ))}
        </ul>
      )}
    </section>
  );
}

export const Legend = memo(LegendView);
