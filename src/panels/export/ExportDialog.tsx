import { useEffect, useRef, useState } from 'react';
import { ExportError, type ImagePlan } from '../../canvas/export/figureExport';
import { EXPORT_PDF_DIALOG } from '../../commands/pdfCommands';
import { useFigureExport } from '../../canvas/export/useFigureExport';
import { EXPORT_DIALOG } from '../../commands/fileCommands';
import { downloadBlob, downloadText } from '../../io/download';
import type { StringKey } from '../../i18n/strings';
import type { TFunction } from '../../i18n/translate';
import { imageFileName } from '../../io/export/fileNames';
import { dpiForRatio, type ImageExportOptions, type ImageFormat } from '../../io/export/options';
import { useAppStore } from '../../store/appStore';
import { rememberedImageExport, rememberImageExport } from '../../store/exportMemory';
import { useT } from '../../store/hooks';
import { ExportFields } from './ExportFields';
import { ExportOutput, fmt, limitsText, ratioText } from './ExportOutput';
import './export.css';

const ERROR_REASON: Record<string, StringKey> = {
  empty: 'export.error.empty',
  'no-canvas': 'export.error.no-canvas',
  'too-large': 'export.error.too-large',
  blank: 'export.error.blank',
};

function reportError(t: TFunction, error: unknown) {
  const reason = error instanceof ExportError ? t(ERROR_REASON[error.code] ?? 'export.error.unexpected') : t('export.error.unexpected');
  const detail = error instanceof Error ? error.message : String(error);
  useAppStore.getState().notify('error', t('export.failed', { reason }), [detail]);
}

function reportReduced(t: TFunction, plan: ImagePlan) {
  const c = plan.canvas;
  if (!c) return;
  const text = `${t('export.reduced', { requested: ratioText(c.requestedRatio), ratio: ratioText(c.ratio), width: fmt(c.width), height: fmt(c.height), dpi: Math.round(dpiForRatio(c.ratio)) })} ${limitsText(t)}`;
  useAppStore.getState().notify('warning', text);
}

/** PDF and the SVG font options fetch and subset a font first: the status says so. */
const needsFonts = (o: ImageExportOptions) => o.format === 'pdf' || (o.format === 'svg' && o.svgFonts !== 'text');

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const FORMAT_OF_DIALOG = new Map<string | null, ImageFormat>([
  [EXPORT_DIALOG.png, 'png'],
  [EXPORT_DIALOG.svg, 'svg'],
  [EXPORT_PDF_DIALOG, 'pdf'],
]);

/** Export PNG / SVG / PDF: options, then Download or Copy image. A native modal dialog. */
export function ExportDialog() {
  const id = useAppStore((s) => s.dialog);
  const format = FORMAT_OF_DIALOG.get(id);
  if (!format) return null;
  return <ExportDialogView format={format} />;
}

function ExportDialogView({ format }: { format: ImageFormat }) {
  const t = useT();
  const setDialog = useAppStore((s) => s.setDialog);
  const figure = useFigureExport();
  const ref = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<ImageExportOptions>(() => ({ ...rememberedImageExport(), format }));
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
    rememberImageExport(options);
    const doc = useAppStore.getState().doc;
    try {
      if (action === 'copy') {
        // The clipboard must be called within the click (Safari), so no pause before it.
        await copyPng(t, () => figure.png(options));
      } else {
        // Let "Exporting…" paint first: rasterizing a large model blocks the page for seconds.
        await nextPaint();
        if (options.format === 'svg') {
          const svg = await figure.svgFile(options);
          downloadText(svg.text, imageFileName(doc, 'svg', options.resolution), 'image/svg+xml');
        } else if (options.format === 'pdf') {
          const pdf = await figure.pdf(options);
          downloadBlob(pdf.blob, imageFileName(doc, 'pdf', options.resolution));
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
        <ExportFields t={t} options={options} set={set} />
        <ExportOutput t={t} options={options} plan={plan} onFormat={(f) => set({ format: f })} />
        <div className="tm-export-buttons">
          {busy && <span role="status">{t(needsFonts(options) ? 'export.loadingFonts' : 'export.working')}</span>}
          <button type="button" className="tm-button" onClick={close} disabled={busy}>
            {t('export.cancel')}
          </button>
          {isPng && (
            <button type="button" className="tm-button" onClick={() => void run('copy')} disabled={busy || !plan?.canvas}>
              {t('export.copy')}
            </button>
          )}
          <button type="submit" className="tm-button tm-button-primary" disabled={busy || !plan || (isPng && !plan.canvas)}>
            {t('export.download')}
          </button>
        </div>
      </form>
    </dialog>
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
