import { useEffect } from 'react';
import { useStore as useFlowStore, useReactFlow, useStoreApi } from '@xyflow/react';
import { useStore } from 'zustand';
import { liveSession } from '../collab/controller';
import { liveStore, type LivePeer } from '../collab/liveState';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { ViewportLayer } from './edges/ViewportLayer';

const POINTER_INTERVAL_MS = 50;

/**
 * Presence in a live session (issue 13): this person's pointer and selection go out through the
 * session's awareness; the others' pointers (with their names) and selection outlines are drawn in
 * flow coordinates. Nothing here runs, and nothing is drawn, outside a session; this module (with
 * the session controller) loads when a session starts (LivePresence.tsx).
 */
export function LivePeers() {
  const live = useStore(liveStore, (s) => s.live);
  const active = live !== null;
  useSendPresence(active);
  if (!live) return null;
  return (
    <>
      {live.status === 'loading' || live.status === 'connecting' ? <LiveLoading status={live.status} /> : null}
      <ViewportLayer>
        {live.peers.map((peer) => (
          <PeerMarks key={peer.id} peer={peer} />
        ))}
      </ViewportLayer>
    </>
  );
}

function useSendPresence(active: boolean) {
  const { screenToFlowPosition } = useReactFlow();
  const flow = useStoreApi();
  useEffect(() => {
    if (!active) return;
    const dom = flow.getState().domNode;
    let last = 0;
    const onMove = (event: PointerEvent) => {
      const now = performance.now();
      if (now - last < POINTER_INTERVAL_MS) return;
      last = now;
      liveSession()?.setPresence({ pointer: screenToFlowPosition({ x: event.clientX, y: event.clientY }) });
    };
    dom?.addEventListener('pointermove', onMove);
    const sendSelection = () => liveSession()?.setPresence({ selection: [...useAppStore.getState().selection.nodes] });
    sendSelection();
    const off = useAppStore.subscribe((s, p) => s.selection !== p.selection && sendSelection());
    return () => {
      dom?.removeEventListener('pointermove', onMove);
      off();
    };
  }, [active, flow, screenToFlowPosition]);
}

function PeerMarks({ peer }: { peer: LivePeer }) {
  const boxes = useFlowStore((s) =>
    peer.selection
      .map((id) => s.nodeLookup.get(id))
      .filter((n) => n !== undefined)
      .map((n) => ({ id: n.id, x: n.internals.positionAbsolute.x, y: n.internals.positionAbsolute.y, w: n.measured.width ?? 0, h: n.measured.height ?? 0 })),
    (a, b) => a.length === b.length && a.every((x, i) => x.id === b[i].id && x.x === b[i].x && x.y === b[i].y && x.w === b[i].w && x.h === b[i].h),
  );
  return (
    <>
      {boxes.map((b) => (
        <div key={b.id} className="tm-live-peer-selection" style={{ left: b.x - 4, top: b.y - 4, width: b.w + 8, height: b.h + 8, borderColor: peer.color }} />
      ))}
      {peer.pointer && (
        <div className="tm-live-peer-pointer" style={{ left: peer.pointer.x, top: peer.pointer.y }} aria-hidden="true">
          <svg width="14" height="14" viewBox="0 0 14 14">
            <path d="M0 0 L13 5 L6 7 L4 13 Z" fill={peer.color} stroke="#fff" strokeWidth="1" />
          </svg>
          <span style={{ background: peer.color }}>{peer.name}</span>
        </div>
      )}
    </>
  );
}

function LiveLoading({ status }: { status: 'loading' | 'connecting' }) {
  const t = useT();
  return (
    <div className="tm-live-loading" role="status" aria-busy="true">
      {t(`live.status.${status}`)}
    </div>
  );
}
