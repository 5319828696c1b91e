/**
 * What a crashed area shows instead of a white page: what happened, in the user's language; the
 * model is kept (and was just saved); "Download my model" (Export JSON of the open model);
 * "Continue" (show the area again; a dialog closes) and "Reload".
 */
import { serializeModel, fileNameFor } from '../io/serialize';
import { translator } from '../i18n/translate';
import { useAppStore } from '../store/appStore';
import { downloadText } from '../store/persistence/download';

export type CrashArea = 'app' | 'dialog' | 'panel';

const MESSAGE = { app: 'crash.app', dialog: 'crash.dialog', panel: 'crash.panel' } as const;

function downloadModel() {
  const doc = useAppStore.getState().doc;
  let text: string;
  try {
    text = serializeModel(doc);
  } catch {
    // A model the serializer refuses (a non-finite number in a dev build) still leaves the app as plain JSON.
    text = `${JSON.stringify(doc, null, 2)}\n`;
  }
  downloadText({ fileName: fileNameFor(doc, 'json'), text });
}

export function CrashFallback({ area, error, onContinue }: { area: CrashArea; error: Error; onContinue: () => void }) {
  // Read directly, not through a hook that could itself be what broke.
  const t = translator(useAppStore.getState().uiLang);
  return (
    <div role="alert" className={`tm-crash tm-crash-${area}`}>
      <p className="tm-crash-text">{t(MESSAGE[area])}</p>
      <p className="tm-crash-detail">{t('crash.detail', { message: error.message.slice(0, 300) })}</p>
      <div className="tm-crash-actions">
        <button type="button" className="tm-button tm-primary" onClick={downloadModel}>
          {t('crash.download')}
        </button>
        <button type="button" className="tm-button" onClick={onContinue}>
          {t('crash.continue')}
        </button>
        <button type="button" className="tm-button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </div>
    </div>
  );
}
