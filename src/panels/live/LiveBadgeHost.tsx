import { useStore } from 'zustand';
import { lazyPart } from '../../canvas/lazyPart';
import { liveStore } from '../../collab/liveState';

// Only in a live session (issue 13), never at first paint (issue 15): loaded with the session's
// parts when one starts (collab/controller.ts waits for them), or when the page is idle.
const LiveBadge = lazyPart(() => import('./LiveBadge'), 'LiveBadge');

/** The header's live-session badge (LiveBadge.tsx) while a session is on. */
export function LiveBadgeHost() {
  const live = useStore(liveStore, (s) => s.live !== null);
  return live ? <LiveBadge /> : null;
}
