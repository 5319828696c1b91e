import { useEffect, useMemo, useRef, useState } from 'react';
import { MODEL_DIALOGS } from '../../commands/modelCommands';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import { MAX_LINK_LENGTH, shareLink } from '../../io/link';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { ModalDialog } from '../dialogs/ModalDialog';
import '../adapt/adapt.css';
import '../gallery/gallery.css';

export function ShareDialog() {
  const open = useAppStore((s) => s.dialog === MODEL_DIALOGS.share);
  return open ? <ShareView /> : null;
}

/** The app's own address: no query (the recipient's browser picks the language), no old fragment. */
function appAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

type CopyState = 'copying' | 'copied' | 'failed';

/**
 * "Copy link": the model as it is now, compressed into the link's fragment. The link is copied at
 * once and also shown, selectable, in case the browser refuses the clipboard. A model too large
 * for a link says so and offers Export JSON instead.
 */
function ShareView() {
  const t = useT();
  const doc = useAppStore((s) => s.doc);
  const link = useMemo(() => shareLink(appAddress(), doc), [doc]);
  const [copy, setCopy] = useState<CopyState>('copying');
  const field = useRef<HTMLInputElement>(null);

  const copyNow = (url: string) =>
    // Through a promise even when `navigator.clipboard` is missing (an insecure origin): then it fails like a refusal.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(url))
      .then(
        () => setCopy('copied'),
        () => {
          setCopy('failed');
          field.current?.select();
        },
      );

  useEffect(() => {
    if (link.ok) void copyNow(link.url);
  }, [link]);

  const close = () => useAppStore.getState().setDialog(null);
  return (
    <ModalDialog
      title={t('share.title')}
      className="tm-share"
      footer={
        <button type="button" className="tm-button" onClick={close}>
          {t('dialog.close')}
        </button>
      }
    >
      {link.ok ? (
        <>
          <p>{t('share.intro')}</p>
          <label className="tm-share-field">
            <span>{t('share.link')}</span>
            <input ref={field} type="text" readOnly value={link.url} onFocus={(e) => e.target.select()} />
          </label>
          <div className="tm-share-actions">
            <button type="button" className="tm-button tm-primary" onClick={() => void copyNow(link.url)}>
              {t('share.copy')}
            </button>
            <span role="status">{copy === 'copied' ? t('share.copied') : copy === 'failed' ? t('share.copyFailed') : ''}</span>
          </div>
        </>
      ) : (
        <div role="alert" className="tm-adapt-missing">
          <p>{t('share.tooLarge', { length: link.length.toLocaleString(), max: MAX_LINK_LENGTH.toLocaleString() })}</p>
          <button
            type="button"
            className="tm-button"
            onClick={() => {
              close();
              const command = findCommand('exportJson');
              if (command) void runCommand(command);
            }}
          >
            {t('share.exportJson')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
