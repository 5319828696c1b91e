import { useEffect, useId, useState } from 'react';
import { DESKTOP_DIALOGS } from '../../commands/desktopCommands';
import { openRecent } from '../../commands/diskOpen';
import { services } from '../../commands/services';
import { useAppStore } from '../../store/appStore';
import { useFileSession } from '../../store/files/session';
import { useT } from '../../store/hooks';
import { addCurrentToLibrary, openFromLibrary, refreshLibrary } from '../../store/library/libraryActions';
import { setLibraryAtStart, showsLibraryAtStart } from '../../store/library/startView';
import { useLibraryView } from '../../store/library/view';
import { ToolPanel } from '../ToolPanel';
import './library.css';

const formatDate = (iso: string, lang: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/**
 * The library beside the canvas (issue 16): the models kept in this browser and the recent files,
 * shown at start-up when there are any (store/library/startView.ts). Non-modal, like the other
 * tool panels: the open model stays on the canvas, usable, until one is chosen here. Renaming,
 * deleting, versions and export are in the full Library dialog ("Manage the library…").
 */
export function LibraryPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.uiLang);
  const { status, models, recent } = useLibraryView();
  const current = useFileSession((s) => s.libraryId);
  const [atStart, setAtStart] = useState(() => showsLibraryAtStart());
  const recentId = useId();
  useEffect(() => void refreshLibrary(), []);
  // Opened by start-up after the figure was framed for the whole canvas: frame it again beside the panel.
  useEffect(() => {
    if (!useLibraryView.getState().shownAtStart) return;
    const frame = requestAnimationFrame(() => {
      useLibraryView.setState({ shownAtStart: false });
      services.fitView();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const choose = (on: boolean) => {
    setAtStart(on);
    setLibraryAtStart(on);
  };
  return (
    <ToolPanel title={t('libraryPanel.title')}>
      <p className="tm-library-intro">{t('libraryPanel.intro')}</p>
      {status === 'loading' && <p role="status">{t('library.loading')}</p>}
      {status === 'unavailable' && <p role="alert">{t('library.unavailable')}</p>}
      {status === 'ready' && models.length === 0 && <p>{t('library.empty')}</p>}
      {current === null && status === 'ready' && (
        <button type="button" className="tm-button" onClick={() => void addCurrentToLibrary()}>
          {t('cmd.addToLibrary')}
        </button>
      )}
      {models.length > 0 && (
        <ul className="tm-library-side" aria-label={t('library.models')}>
          {models.map((m) => (
            <li key={m.id} aria-label={m.title} className={m.id === current ? 'tm-current' : undefined}>
              <button
                type="button"
                className="tm-library-pick"
                title={t('libraryPanel.openTitle', { name: m.title })}
                aria-label={t('libraryPanel.openTitle', { name: m.title })}
                aria-current={m.id === current ? 'true' : undefined}
                onClick={() => void openFromLibrary(m.id)}
              >
                {m.thumbnail ? <img src={m.thumbnail} alt="" width={96} height={60} /> : <span className="tm-no-thumb" />}
                <span className="tm-library-side-info">
                  <strong>{m.title}</strong>
                  <span>{m.id === current ? t('library.current') : t('library.updated', { date: formatDate(m.updatedAt, lang) })}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 id={recentId} className="tm-library-side-heading">
        {t('library.recent')}
      </h3>
      {recent.length === 0 ? (
        <p>{t('library.noRecent')}</p>
      ) : (
        <ul className="tm-recent-list" aria-labelledby={recentId}>
          {recent.map((r) => (
            <li key={r.id}>
              <button type="button" className="tm-link-button" onClick={() => void openRecent(r)}>
                {r.name}
              </button>
              <span>{formatDate(r.openedAt, lang)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="tm-library-side-footer">
        <label>
          <input type="checkbox" checked={atStart} onChange={(event) => choose(event.target.checked)} />
          {t('libraryPanel.atStart')}
        </label>
        <button type="button" className="tm-button" onClick={() => useAppStore.getState().setDialog(DESKTOP_DIALOGS.library)}>
          {t('libraryPanel.manage')}
        </button>
      </div>
    </ToolPanel>
  );
}
