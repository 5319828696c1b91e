import { useState } from 'react';
import { exportAs } from '../../commands/formatExport';
import { writers } from '../../io/formats/registry';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { ModalDialog } from '../dialogs/ModalDialog';
import './interop.css';

/**
 * "Export as…": one radio button per writer of the format registry (issue 12: export offers every
 * writer), so a format added to the registry appears here without touching this file.
 */
export function ExportAsDialog() {
  const t = useT();
  const list = writers();
  const [choice, setChoice] = useState(list[0]?.id ?? 'json');
  const [busy, setBusy] = useState(false);
  const close = () => useAppStore.getState().setDialog(null);
  const run = async () => {
    setBusy(true);
    const ok = await exportAs(choice);
    setBusy(false);
    if (ok) close();
  };
  return (
    <ModalDialog
      title={t('interop.exportAs.title')}
      className="tm-export-as"
      footer={
        <>
          <button type="button" className="tm-button" onClick={close}>
            {t('interop.exportAs.cancel')}
          </button>
          <button type="button" className="tm-button tm-primary" disabled={busy} onClick={() => void run()}>
            {t('interop.exportAs.export')}
          </button>
        </>
      }
    >
      <fieldset className="tm-format-list">
        <legend>{t('interop.exportAs.format')}</legend>
        {list.map((f) => (
          <label key={f.id}>
            <input type="radio" name="export-format" value={f.id} checked={choice === f.id} onChange={() => setChoice(f.id)} />
            {f.name} <span className="tm-format-ext">({f.extensions[0]})</span>
          </label>
        ))}
      </fieldset>
    </ModalDialog>
  );
}
