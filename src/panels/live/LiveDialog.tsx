import { useState } from 'react';
import { useStore } from 'zustand';
import { liveStore } from '../../collab/liveState';
import { defaultServer } from '../../collab/sessionLink';
import { LIVE_DIALOG } from '../../commands/liveCommands';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { ModalDialog } from '../dialogs/ModalDialog';
import { CopyField } from './CopyField';
import { PeopleList } from './PeopleList';
import './live.css';

export function LiveDialog() {
  const open = useAppStore((s) => s.dialog === LIVE_DIALOG);
  return open ? <LiveView /> : null;
}

const configured = (): string | undefined => (import.meta.env.VITE_COLLAB_URL as string | undefined) || undefined;

/**
 * "Start live session": turns the open model into a room on the group's server and gives two
 * links, edit and read-only. While a session runs it shows them again, who is here, and Leave.
 */
function LiveView() {
  const t = useT();
  const live = useStore(liveStore, (s) => s.live);
  const [server, setServer] = useState(() => defaultServer(window.location, configured()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useAppStore.getState().setDialog(null);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const { createRoom, joinLive } = await import('../../collab/controller');
      const base = `${window.location.origin}${window.location.pathname}`;
      const room = await createRoom(server.trim(), base);
      await joinLive({ link: room.edit, create: true, t, links: { edit: room.urls.edit, read: room.urls.read } });
    } catch (e) {
      setError(t('live.startFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const leave = async () => {
    const { leaveLive } = await import('../../collab/controller');
    leaveLive();
    useAppStore.getState().notify('info', t('live.left'));
    close();
  };

  return (
    <ModalDialog
      title={t('live.title')}
      className="tm-live"
      footer={
        <>
          {live && (
            <button type="button" className="tm-button" onClick={() => void leave()}>
              {t('live.leave')}
            </button>
          )}
          <button type="button" className="tm-button" onClick={close}>
            {t('dialog.close')}
          </button>
        </>
      }
    >
      <p>{t('live.intro')}</p>
      {!live ? (
        <form
          className="tm-live-start"
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <label className="tm-share-field">
            <span>{t('live.server')}</span>
            <input type="url" value={server} onChange={(e) => setServer(e.target.value)} required />
          </label>
          <button type="submit" className="tm-button tm-primary" disabled={busy}>
            {busy ? t('live.starting') : t('live.start')}
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      ) : (
        <>
          <p role="status">{t(`live.status.${live.status}`)}</p>
          {live.links && <CopyField label={t('live.editLink')} value={live.links.edit} />}
          {live.links?.read && <CopyField label={t('live.readLink')} value={live.links.read} />}
          <PeopleList live={live} />
        </>
      )}
    </ModalDialog>
  );
}
