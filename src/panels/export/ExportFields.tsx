/**
 * The export dialog's choices. Size applies to PNG and SVG (an SVG's width/height attributes);
 * the SVG's text handling and the PDF's page appear only for their format.
 */
import type { TFunction } from '../../i18n/translate';
import { DPIS, SCALES, SVG_FONTS, parseResolutionKey, resolutionKey, type ImageExportOptions, type ImageFormat } from '../../io/export/options';
import { PAGE_CHOICES, isPageChoice } from '../../io/export/pdf/page';

export const FORMATS: readonly ImageFormat[] = ['png', 'svg', 'pdf'];

type Props = { t: TFunction; options: ImageExportOptions; set: (patch: Partial<ImageExportOptions>) => void };

export function ExportFields({ t, options, set }: Props) {
  return (
    <>
      <fieldset>
        <legend>{t('export.format')}</legend>
        {FORMATS.map((f) => (
          <label key={f}>
            <input type="radio" name="tm-export-format" checked={options.format === f} onChange={() => set({ format: f })} /> {f.toUpperCase()}
          </label>
        ))}
      </fieldset>
      {options.format !== 'pdf' && (
        <label className="tm-export-row">
          <span>{t('export.size')}</span>
          <select value={resolutionKey(options.resolution)} onChange={(e) => set({ resolution: parseResolutionKey(e.target.value) ?? options.resolution })}>
            <optgroup label={t('export.sizeScreen')}>
              {SCALES.map((scale) => (
                <option key={scale} value={resolutionKey({ mode: 'scale', scale })}>
                  {t('export.scale', { scale })}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('export.sizePrint')}>
              {DPIS.map((dpi) => (
                <option key={dpi} value={resolutionKey({ mode: 'dpi', dpi })}>
                  {t('export.dpi', { dpi })}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      )}
      {options.format === 'svg' && (
        <label className="tm-export-row">
          <span>{t('export.svgFonts')}</span>
          <select value={options.svgFonts} onChange={(e) => set({ svgFonts: SVG_FONTS.find((f) => f === e.target.value) ?? 'text' })}>
            {SVG_FONTS.map((f) => (
              <option key={f} value={f}>
                {t(`export.svgFonts.${f}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {options.format === 'pdf' && (
        <label className="tm-export-row">
          <span>{t('export.page')}</span>
          <select value={options.page} onChange={(e) => isPageChoice(e.target.value) && set({ page: e.target.value })}>
            {PAGE_CHOICES.map((p) => (
              <option key={p} value={p}>
                {t(`export.page.${p}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset>
        <legend>{t('export.background')}</legend>
        {(['white', 'transparent'] as const).map((b) => (
          <label key={b}>
            <input type="radio" name="tm-export-background" checked={options.background === b} onChange={() => set({ background: b })} /> {t(b === 'white' ? 'export.white' : 'export.transparent')}
          </label>
        ))}
      </fieldset>
      <label className="tm-export-check">
        <input type="checkbox" checked={options.title} onChange={(e) => set({ title: e.target.checked })} /> {t('export.includeTitle')}
      </label>
      <label className="tm-export-check">
        <input type="checkbox" checked={options.legend} onChange={(e) => set({ legend: e.target.checked })} /> {t('export.includeLegend')}
      </label>
      <label className="tm-export-check">
        <input type="checkbox" checked={options.blackAndWhite} onChange={(e) => set({ blackAndWhite: e.target.checked })} /> {t('export.blackAndWhite')}
      </label>
    </>
  );
}
