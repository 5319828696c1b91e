import { useEffect, useRef, useState } from 'react';
import { ExportError, type ImagePlan } from '../../canvas/export/figureExport';
import { useFigureExport } from '../../canvas/export/useFigureExport';
import { EXPORT_DIALOG } from '../../commands/fileCommands';
import { downloadBlob, downloadText } from '../../io/download';
import type { StringKey } from '../../i18n/strings';
import type { TFunction } from '../../i18n/translate';
import { imageFileName } from '../../io/export/fileNames';
import { DEFAULT_IMAGE_OPTIONS, DPIS, SCALES, dpiForRatio, parseResolutionKey, resolutionKey, type ImageExportOptions, type ImageFormat } from '../../io/export/options';
import { svgSize } from '../../io/export/svgDocument';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import './export.css';

/** The last choices, kept for the session: exporting the same figure again is one click. */
let remembered: ImageExportOptions = DEFAULT_IMAGE_OPTIONS;

const ERROR_REASON: Record<string, StringKey> = {
  empty: 'export.error.empty',
  'no-canvas': 'export.error.no-canvas',
  'too-large': 'export.error.too-large',
  blank: 'export.error.blank',
};

const fmt = (n: number) => n.toLocaleString('en-US');
const ratioText = (r: number) => String(Math.round(r * 100) / 100);

function reportError(t: TFunction, error: unknown) {
  const reason = error instanceof ExportError ? t(ERROR_REASON[error.code] ?? 'export.error.unexpected') : t('export.error.unexpected');
  const detail = error instanceof Error ? error.message : String(error);
  useAppStore.getState().notify('error', t('export.failed', { reason }), [detail]);
}

function reportReduced(t: TFunction, plan: ImagePlan) {
  const c = plan.canvas;
  const text = t('export.reduced', { requested: ratioText(c.requestedRatio), ratio: ratioText(c.ratio), width: fmt(c.width), height: fmt(c.height), dpi: Math.round(dpiForRatio(c.ratio)) });
  useAppStore.getState().notify('warning', text);
}

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Export PNG / Export SVG: options, then Download or Copy image. A native modal dialog. */
export function ExportDialog() {
  const id = useAppStore((s) => s.dialog);
  if (id !== EXPORT_DIALOG.png && id !== EXPORT_DIALOG.svg) return null;
  return <ExportDialogView format={id === EXPORT_DIALOG.svg ? 'svg' : 'png'} />;
}

function ExportDialogView({ format }: { format: ImageFormat }) {
  const t = useT();
  const setDialog = useAppStore((s) => s.setDialog);
  const figure = useFigureExport();
  const ref = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<ImageExportOptions>(() => ({ ...remembered, format }));
  const [plan, setPlan] = useState<ImagePlan | undefined>();
  const [busy, setBusy] = useState(false);
  const close = () => setDialog(null);
  const set = (patch: Partial<ImageExportOptions>) => setOptions((o) => ({ ...o, ...patch }));

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom has no showModal
  }, []);

  // The output size, measured from the canvas (next frame, outside render) whenever an option changes.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      let next: ImagePlan | undefined;
      try {
        next = figure.plan(options);
      } catch {
        next = undefined;
      }
      setPlan(next);
    });
    return () => cancelAnimationFrame(frame);
  }, [figure, options]);

  const run = async (action: 'download' | 'copy') => {
    if (busy) return;
    setBusy(true);
    remembered = options;
    const doc = useAppStore.getState().doc;
    try {
      if (action === 'copy') {
        // The clipboard must be called within the click (Safari), so no pause before it.
        await copyPng(t, () => figure.png(options));
      } else {
        // Let "Exporting…" paint first: rasterizing a large model blocks the page for seconds.
        await nextPaint();
        if (options.format === 'svg') {
          const svg = figure.svg(options);
          downloadText(svg.text, imageFileName(doc, 'svg', options.resolution), 'image/svg+xml');
        } else {
          const png = await figure.png(options);
          downloadBlob(png.blob, imageFileName(doc, 'png', options.resolution));
          if (png.canvas.reduced) reportReduced(t, png);
        }
      }
    } catch (error) {
      reportError(t, error);
    } finally {
      setBusy(false);
      close();
    }
  };

  const isPng = options.format === 'png';
  return (
    <dialog
      ref={ref}
      className="tm-dialog tm-export-dialog"
      aria-labelledby="tm-export-title"
      aria-busy={busy}
      onClose={close}
      onCancel={(event) => {
        if (busy) event.preventDefault(); // the export finishes and downloads; don't pretend to cancel it
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void run('download');
        }}
      >
        <h2 id="tm-export-title">{t('export.title')}</h2>
        <fieldset>
          <legend>{t('export.format')}</legend>
          {(['png', 'svg'] as const).map((f) => (
            <label key={f}>
              <input type="radio" name="tm-export-format" checked={options.format === f} onChange={() => set({ format: f })} /> {f.toUpperCase()}
            </label>
          ))}
        </fieldset>
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
        <OutputLine t={t} options={options} plan={plan} />
        <div className="tm-export-buttons">
          {busy && <span role="status">{t('export.working')}</span>}
          <button type="button" className="tm-button" onClick={close} disabled={busy}>
            {t('export.cancel')}
          </button>
          {isPng && (
            <button type="button" className="tm-button" onClick={() => void run('copy')} disabled={busy}>
              {t('export.copy')}
            </button>
          )}
          <button type="submit" className="tm-button tm-button-primary" disabled={busy || !plan}>
            {t('export.download')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** What will come out: pixel size and DPI for PNG (and whether it must be reduced), the size for SVG. */
function OutputLine({ t, options, plan }: { t: TFunction; options: ImageExportOptions; plan: ImagePlan | undefined }) {
  if (!plan) return null;
  if (options.format === 'svg') {
    const size = svgSize(plan, options.resolution);
    const unit = (v: string) => (v.endsWith('mm') ? `${v.slice(0, -2)} mm` : `${fmt(Number(v))} px`);
    return <p className="tm-export-output" data-testid="export-output">{t('export.outputSvg', { width: unit(size.width), height: unit(size.height) })}</p>;
  }
  const c = plan.canvas;
  return (
    <>
      <p className="tm-export-output" data-testid="export-output">
        {t('export.outputPng', { width: fmt(c.width), height: fmt(c.height), dpi: Math.round(dpiForRatio(c.ratio)) })}
      </p>
      {c.reduced && (
        <p className="tm-export-warning" role="status">
          {t('export.willReduce', { requested: ratioText(c.requestedRatio), ratio: ratioText(c.ratio), width: fmt(c.width), height: fmt(c.height) })}
        </p>
      )}
    </>
  );
}

/**
 * Copy image: the PNG goes to the clipboard as a promise, so the browser keeps the click's user
 * activation while the image renders (Chromium, Safari). A refusal (permissions, an unfocused
 * page, an old browser) is said, not swallowed.
 */
async function copyPng(t: TFunction, render: () => Promise<{ blob: Blob }>) {
  const notify = useAppStore.getState().notify;
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    notify('error', t('export.copyUnsupported'));
    return;
  }
  const png = render();
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png.then((r) => r.blob) })]);
    notify('info', t('export.copied'));
  } catch (error) {
    // An export failure is reported as such; anything else is the browser refusing.
    const failed = await png.then(() => undefined, (e: unknown) => e);
    if (failed) throw failed;
    notify('error', t('export.copyRefused'), [error instanceof Error ? error.message : String(error)]);
  }
}
