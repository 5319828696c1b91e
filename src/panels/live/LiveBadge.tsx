import { useStore } from 'zustand';
import { liveStore } from '../../collab/liveState';
import { refusalKey } from '../../collab/refusal';
import { LIVE_DIALOG } from '../../commands/liveCommands';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import './live.css';

/** The header's view of a live session: online/offline, read-only, who is here; opens the dialog. */
export function LiveBadge() {
  const t = useT();
  const live = useStore(liveStore, (s) => s.live);
  if (!live) return null;
  const status = t(`live.status.${live.status}`);
  return (
    <section className={`tm-live-badge tm-live-${live.status}`} aria-label={t('live.region')}>
      <button type="button" className="tm-button" onClick={() => useAppStore.getState().setDialog(LIVE_DIALOG)}>
        <span role="status">{status}</span>
        {live.readOnly && <span className="tm-live-ro"> · {t('live.readOnly')}</span>}
      </button>
      <ul className="tm-live-faces" aria-label={t('live.people')}>
        {[{ id: -1, name: t('live.you', { name: live.me.name }), color: live.me.color }, ...live.peers].map((p) => (
          <li key={p.id} title={p.name} style={{ background: p.color }}>
            {p.name.slice(0, 1)}
            <span className="tm-visually-hidden">{p.name}</span>
          </li>
        ))}
      </ul>
      {live.status === 'refused' && <p role="alert">{t(refusalKey(live.refusal))}</p>}
    </section>
  );
}
