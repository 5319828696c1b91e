/**
 * What will come out, said before the user clicks (issue 17 item 5: export explains itself):
 * the PNG's pixels and DPI, and when the chosen size does not fit a browser canvas, why, and the
 * largest size that does (that is what Download then makes); when no PNG fits at all (a node at
 * x = 1e9), the reason and a switch to SVG or PDF, which are vector and not limited by it.
 */
import type { ImagePlan } from '../../canvas/export/figureExport';
import type { TFunction } from '../../i18n/translate';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from '../../io/export/limits';
import { dpiForRatio, type ImageExportOptions, type ImageFormat } from '../../io/export/options';
import { planPage } from '../../io/export/pdf/page';
import { svgSize } from '../../io/export/svgDocument';

export const fmt = (n: number) => n.toLocaleString('en-US');
export const ratioText = (r: number) => String(Math.round(r * 100) / 100);
/** Millimetres to 0.1 (a 1e9-px figure's page is 5,080 × 0.4 mm, not "× 0"). */
const mm = (pt: number) => fmt(Math.round((pt / 72) * 254) / 10);

export function limitsText(t: TFunction): string {
  return t('export.canvasLimits', { side: fmt(MAX_CANVAS_SIDE), area: Math.round(MAX_CANVAS_AREA / 1e6) });
}

type Props = { t: TFunction; options: ImageExportOptions; plan: ImagePlan | undefined; onFormat: (f: ImageFormat) => void };

export function ExportOutput({ t, options, plan, onFormat }: Props) {
  if (!plan) return null;
  if (options.format === 'svg') {
    const size = svgSize(plan, options.resolution);
    const unit = (v: string) => (v.endsWith('mm') ? `${v.slice(0, -2)} mm` : `${fmt(Number(v))} px`);
    return <p className="tm-export-output" data-testid="export-output">{t('export.outputSvg', { width: unit(size.width), height: unit(size.height) })}</p>;
  }
  if (options.format === 'pdf') {
    const page = planPage(plan.width, plan.height, options.page);
    return (
      <>
        <p className="tm-export-output" data-testid="export-output">{t('export.outputPdf', { width: mm(page.width), height: mm(page.height) })}</p>
        {page.scale < 0.995 && <p className="tm-export-note">{t('export.pdfShrunk', { percent: page.scale >= 0.01 ? Math.round(page.scale * 100) : ratioText(page.scale * 100) })}</p>}
      </>
    );
  }
  const c = plan.canvas;
  if (!c) {
    return (
      <div className="tm-export-warning" role="alert">
        <p>
          {t('export.pngImpossible', { width: fmt(Math.round(plan.width)), height: fmt(Math.round(plan.height)) })} {limitsText(t)}
        </p>
        <div className="tm-export-switch">
          <button type="button" className="tm-button" onClick={() => onFormat('svg')}>{t('export.useSvg')}</button>
          <button type="button" className="tm-button" onClick={() => onFormat('pdf')}>{t('export.usePdf')}</button>
        </div>
      </div>
    );
  }
  return (
    <>
      <p className="tm-export-output" data-testid="export-output">
        {t('export.outputPng', { width: fmt(c.width), height: fmt(c.height), dpi: Math.round(dpiForRatio(c.ratio)) })}
      </p>
      {c.reduced && (
        <p className="tm-export-warning" role="status">
          {t('export.willReduce', { requested: ratioText(c.requestedRatio), ratio: ratioText(c.ratio), width: fmt(c.width), height: fmt(c.height) })} {limitsText(t)}
        </p>
      )}
    </>
  );
}
