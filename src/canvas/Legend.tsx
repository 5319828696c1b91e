import { memo, useMemo } from 'react';
import { legendEntries } from '../model/legend';
import { useAppStore } from '../store/appStore';
import { selectContent } from '../store/contentSelector';
import { useT } from '../store/hooks';
import { KindSwatch, RelationSwatch } from './Swatches';

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
            <li key={k.id}>
              <KindSwatch color={k.color} shape={k.shape} />
              <span>{k.text}</span>
            </li>
          ))}
        </ul>
      )}
      {relations.length > 0 && (
        <ul aria-label={t('legend.relations')}>
          {relations.map((r) => (
            <li key={r.id}>
              <RelationSwatch color={r.color} line={r.line} arrow={r.arrow} head={r.head} width={r.width} />
              <span>{r.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const Legend = memo(LegendView);
