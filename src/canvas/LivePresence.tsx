import { Suspense } from 'react';
import { useStore } from 'zustand';
import { liveStore } from '../collab/liveState';
import { lazyPart } from './lazyPart';

// The others' pointers and selections, and the session controller they need, load with a live
// session (issue 13), not with the page (issue 15).
const LivePeers = lazyPart(() => import('./LivePeers'), 'LivePeers', { preload: false });

/** Presence in a live session (issue 13): drawn by LivePeers.tsx while a session runs. */
export function LivePresence() {
  const active = useStore(liveStore, (s) => s.live !== null);
  return active ? (
    <Suspense fallback={null}>
      <LivePeers />
    </Suspense>
  ) : null;
}
