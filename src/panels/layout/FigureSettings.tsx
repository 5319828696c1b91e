import { useId, useMemo } from 'react';
import { localize } from '../../model/language';
import { LAYOUT_DIRECTIONS, GROUP_KIND } from '../../model/types';
import { bandOfKind } from '../../model/layoutSettings';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { setFigureBand, setFigureDirection } from '../../store/figureSettingsActions';
import { figureSettings } from '../../store/layoutInput';

// The layout actions come with the first layout or settings change, not with the page (issue 15).

const NONE = 'none';

/**
 * The Figure preset's settings, stored with the model (`doc.layout`): the direction of flow and,
 * per node kind, the band it sits in (drivers | actors | resources). Each change is one undo step;
 * the layout itself runs when the user chooses Figure or presses Auto layout.
 */
export function FigureSettings() {
  const t = useT();
  const name = useId();
  const layout = useAppStore((s) => s.doc.layout);
  const vocabulary = useAppStore((s) => s.doc.vocabulary);
  const original = useAppStore((s) => s.doc.meta.language);
  const lang = useAppStore((s) => s.diagramLang);
  const { direction, bands } = useMemo(() => figureSettings(layout), [layout]);
  const kinds = useMemo(
    () => vocabulary.nodeKinds.filter((k) => k.id !== GROUP_KIND).map((k) => ({ id: k.id, label: localize(k.label, k.labels, lang, original).text })),
    [vocabulary, lang, original],
  );

  return (
    <section className="tm-layout-settings" aria-label={t('layout.settings')}>
      <h3>{t('layout.settings')}</h3>
      <fieldset>
        <legend>{t('layout.direction')}</legend>
        {LAYOUT_DIRECTIONS.map((d) => (
          <label key={d}>
            <input type="radio" name={name} checked={direction === d} onChange={() => setFigureDirection(d)} />
            {t(`layout.direction.${d}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('layout.bands')}</legend>
        {kinds.map(({ id, label }) => {
          const band = bandOfKind(bands, id);
          return (
            <label key={id} className="tm-layout-band">
              <span>{label}</span>
              <select
                aria-label={t('layout.bandFor', { kind: label })}
                value={band === null ? NONE : String(band)}
                onChange={(e) => setFigureBand(id, e.target.value === NONE ? null : Number(e.target.value))}
              >
                {bands.map((_, i) => (
                  <option key={i} value={String(i)}>
                    {t('layout.band', { n: i + 1 })}
                  </option>
                ))}
                <option value={String(bands.length)}>{t('layout.band.new', { n: bands.length + 1 })}</option>
                <option value={NONE}>{t('layout.band.none')}</option>
              </select>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
