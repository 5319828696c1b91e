import { useState } from 'react';
import { DESKTOP_DIALOGS } from '../../commands/desktopCommands';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { saveVersion } from '../../store/library/libraryActions';
import { ModalDialog } from '../dialogs/ModalDialog';
import './library.css';

export function SaveVersionDialog() {
  const open = useAppStore((s) => s.dialog === DESKTOP_DIALOGS.saveVersion);
  return open ? <SaveVersionView /> : null;
}

/** "Save a version" with a note: a snapshot in the library the user can list and restore later. */
function SaveVersionView() {
  const t = useT();
  const [note, setNote] = useState('');
  const close = () => useAppStore.getState().setDialog(null);
  const save = () => {
    close();
    void saveVersion(note);
  };
  const footer = (
    <>
      <button type="button" className="tm-button" onClick={close}>
        {t('library.cancel')}
      </button>
      <button type="submit" form="tm-save-version" className="tm-button tm-primary">
        {t('library.save')}
      </button>
    </>
  );
  return (
    <ModalDialog title={t('library.saveVersionTitle')} className="tm-save-version" footer={footer}>
      <form
        id="tm-save-version"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label className="tm-field">
          {t('library.note')}
          <input autoFocus value={note} placeholder={t('library.notePlaceholder')} onChange={(event) => setNote(event.target.value)} />
        </label>
      </form>
    </ModalDialog>
  );
}
