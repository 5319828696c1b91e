import type { LiveView } from '../../collab/liveState';
import { useT } from '../../store/hooks';

/** Who is in the session: a colour and a name each (names are text from peers, never markup). */
export function PeopleList({ live }: { live: LiveView }) {
  const t = useT();
  return (
    <ul className="tm-live-people" aria-label={t('live.people')}>
      <li>
        <span className="tm-live-dot" style={{ background: live.me.color }} aria-hidden="true" />
        {t('live.you', { name: live.me.name })}
      </li>
      {live.peers.map((p) => (
        <li key={p.id}>
          <span className="tm-live-dot" style={{ background: p.color }} aria-hidden="true" />
          {p.name}
        </li>
      ))}
    </ul>
  );
}
