import { useEffect, useState } from 'react';
import { DESKTOP_DIALOGS } from '../../commands/desktopCommands';
import { openRecent } from '../../commands/diskOpen';
import { useAppStore } from '../../store/appStore';
import { useFileSession } from '../../store/files/session';
import { useT } from '../../store/hooks';
import { addCurrentToLibrary, deleteFromLibrary, duplicateInLibrary, exportFromLibrary, openFromLibrary, refreshLibrary, renameInLibrary, showVersions } from '../../store/library/libraryActions';
import type { ModelRecord } from '../../store/library/records';
import { useLibraryView } from '../../store/library/view';
import { ModalDialog } from '../dialogs/ModalDialog';
import { VersionList } from './VersionList';
import './library.css';

export function LibraryDialog() {
  const open = useAppStore((s) => s.dialog === DESKTOP_DIALOGS.library);
  return open ? <LibraryView /> : null;
}

const formatDate = (iso: string, lang: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/**
 * The library (issue 16): the models kept in this browser with a thumbnail and their last change,
 * their versions, and the recent files. Titles are shown as text, thumbnails as <img> data: URLs
 * built from numbers only (io/thumbnail.ts).
 */
function LibraryView() {
  const t = useT();
  const lang = useAppStore((s) => s.uiLang);
  const { status, models, recent, versionsOf } = useLibraryView();
  const current = useFileSession((s) => s.libraryId);
  const [renaming, setRenaming] = useState<string | null>(null);
  useEffect(() => {
    useLibraryView.setState({ versionsOf: null, versions: [] });
    void refreshLibrary();
  }, []);
  const close = () => {
    void showVersions(null);
    useAppStore.getState().setDialog(null);
  };
  const footer = (
    <>
      <span className="tm-footer-note">{t('library.storedWhere')}</span>
      {current === null && (
        <button type="button" className="tm-button" onClick={() => void addCurrentToLibrary()}>
          {t('cmd.addToLibrary')}
        </button>
      )}
      <button type="button" className="tm-button tm-primary" onClick={close}>
        {t('dialog.close')}
      </button>
    </>
  );
  const shown = versionsOf === null ? null : models.find((m) => m.id === versionsOf);
  return (
    <ModalDialog title={t('library.title')} className="tm-library" footer={footer} onClose={close}>
      <h3>{t('library.models')}</h3>
      {status === 'loading' && <p>{t('library.loading')}</p>}
      {status === 'unavailable' && <p role="alert">{t('library.unavailable')}</p>}
      {status === 'ready' && models.length === 0 && <p>{t('library.empty')}</p>}
      <ul className="tm-library-list" aria-label={t('library.models')}>
        {models.map((m) =>
          renaming === m.id ? (
            <RenameRow key={m.id} record={m} onDone={() => setRenaming(null)} />
          ) : (
            <li key={m.id} aria-label={m.title} className={m.id === current ? 'tm-current' : undefined}>
              {m.thumbnail ? <img src={m.thumbnail} alt={t('library.thumbnail', { name: m.title })} width={160} height={100} /> : <span className="tm-no-thumb" />}
              <div className="tm-library-info">
                <strong>{m.title}</strong>
                <span>
                  {t('library.updated', { date: formatDate(m.updatedAt, lang) })}
                  {m.id === current ? ` · ${t('library.current')}` : ''}
                </span>
                <div className="tm-library-actions">
                  <button type="button" className="tm-button tm-primary" onClick={() => void openFromLibrary(m.id).then(close)}>
                    {t('library.open')}
                  </button>
                  <button type="button" className="tm-button" onClick={() => setRenaming(m.id)}>
                    {t('library.rename')}
                  </button>
                  <button type="button" className="tm-button" onClick={() => void duplicateInLibrary(m)}>
                    {t('library.duplicate')}
                  </button>
                  <button type="button" className="tm-button" aria-pressed={versionsOf === m.id} onClick={() => void showVersions(versionsOf === m.id ? null : m.id)}>
                    {t('library.versions')}
                  </button>
                  <button type="button" className="tm-button" onClick={() => exportFromLibrary(m)}>
                    {t('library.export')}
                  </button>
                  <button type="button" className="tm-button" onClick={() => void deleteFromLibrary(m.id)}>
                    {t('library.delete')}
                  </button>
                </div>
              </div>
            </li>
          ),
        )}
      </ul>
      {shown && <VersionList record={shown} onRestored={close} />}
      <h3>{t('library.recent')}</h3>
      {recent.length === 0 ? (
        <p>{t('library.noRecent')}</p>
      ) : (
        <ul className="tm-recent-list" aria-label={t('library.recent')}>
          {recent.map((r) => (
            <li key={r.id}>
              <button type="button" className="tm-link-button" onClick={() => void openRecent(r).then(close)}>
                {r.name}
              </button>
              <span>{formatDate(r.openedAt, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}

function RenameRow({ record, onDone }: { record: ModelRecord; onDone: () => void }) {
  const t = useT();
  const [name, setName] = useState(record.title);
  const save = () => void renameInLibrary(record.id, name).then(onDone);
  return (
    <li aria-label={record.title}>
      <form
        className="tm-library-rename"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label>
          {t('library.renameTo', { name: record.title })}
          <input autoFocus value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" className="tm-button tm-primary">
          {t('library.rename')}
        </button>
        <button type="button" className="tm-button" onClick={onDone}>
          {t('library.cancel')}
        </button>
      </form>
    </li>
  );
}
