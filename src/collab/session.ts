/**
 * A live session (issue 13): one Yjs document shared through the group's y-websocket server, kept
 * in IndexedDB while offline, with presence through the provider's awareness. Loaded only when a
 * session starts (dynamic import), so Yjs never enters the first load.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ImportError, RepairNote } from '../io/importModel';
import type { Point } from '../model/types';
import { bindModel, type Binding } from './binding';
import type { LiveLink } from './sessionLink';
import type { LiveHistory } from './liveHistory';
import type { ModelPort } from './port';

export type Refusal = 'bad-token' | 'bad-room' | 'room-full' | 'message-too-large';
export type SessionStatus = 'connecting' | 'loading' | 'online' | 'offline' | 'refused';
export type Peer = { id: number; name: string; color: string; pointer?: Point; selection: string[] };

export type SessionState = {
  status: SessionStatus;
  readOnly: boolean;
  refusal?: Refusal;
  peers: Peer[];
};

export type SessionOptions = {
  link: LiveLink;
  readOnly: boolean;
  /** True for the peer that created the room: only it may put the open model into the room. */
  create: boolean;
  user: { name: string; color: string };
  port: ModelPort;
  onState: (state: SessionState) => void;
  onRefusedUpdate: (error: ImportError) => void;
  onRepaired: (report: RepairNote[]) => void;
  /** Elements of a peer's update that fail the format and were left out. */
  onLeftOut?: (ids: string[]) => void;
  /** The editor's history while the session runs: given the binding's UndoManager once there is one. */
  history?: Pick<LiveHistory, 'attach'>;
  /** Test hook: a WebSocket class for Node. */
  WebSocketImpl?: unknown;
  /** Keep edits in IndexedDB while offline (off in Node tests, which have none). */
  offlineStore?: boolean;
};

export type Session = {
  state(): SessionState;
  setPresence(presence: { pointer?: Point; selection?: string[] }): void;
  /** Leaves the room; the model stays open as an ordinary draft. */
  leave(): void;
};

const REFUSALS: Record<string, Refusal> = { 'bad-token': 'bad-token', 'bad-room': 'bad-room', 'room-full': 'room-full', 'message-too-large': 'message-too-large' };

export function startSession(options: SessionOptions): Session {
  const doc = new Y.Doc();
  const local = options.offlineStore === false ? null : new IndexeddbPersistence(`theory-model-live-${options.link.room}`, doc);
  // disableBc: two tabs of one browser would otherwise sync over BroadcastChannel, around the
  // server and its read-only check.
  const provider = new WebsocketProvider(options.link.server, options.link.room, doc, {
    params: { token: options.link.token },
    disableBc: true,
    ...(options.WebSocketImpl ? { WebSocketPolyfill: options.WebSocketImpl as never } : {}),
  });
  let binding: Binding | null = null;
  let state: SessionState = { status: 'connecting', readOnly: options.readOnly, peers: [] };
  const publish = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    options.onState(state);
  };

  const attach = (): Binding => {
    if (binding) return binding;
    binding = bindModel(doc, options.port, { canWrite: !options.readOnly, onRefused: options.onRefusedUpdate, onRepaired: options.onRepaired, onLeftOut: options.onLeftOut });
    // Undo and Redo (the editor's history) now go through this peer's UndoManager.
    options.history?.attach(binding);
    return binding;
  };

  // A joiner waits for the room's content: after a server restart the first sync can come empty and
  // the content a moment later (pitfall 10), so "synced" alone never means "empty room".
  const onContent = () => {
    if (binding || !doc.getMap('model').has('format')) return;
    attach();
    publish({ status: provider.wsconnected ? 'online' : 'offline' });
  };
  doc.on('update', onContent);
  void local?.whenSynced.then(onContent);

  provider.on('sync', (synced: boolean) => {
    if (!synced) return;
    if (options.create && !binding && !doc.getMap('model').has('format')) {
      attach().seed();
      publish({ status: 'online' });
    }
    onContent();
  });
  provider.on('status', ({ status }: { status: string }) => {
    if (state.status === 'refused') return;
    if (status === 'connected') publish({ status: binding ? 'online' : 'loading' });
    else if (status === 'disconnected') publish({ status: binding ? 'offline' : 'connecting' });
  });
  provider.on('closed', (event: { code: number; reason: string }) => {
    publish({ status: 'refused', refusal: REFUSALS[event.reason] ?? 'bad-token' });
  });

  // The browser knows first when the network goes: a dead socket can take y-websocket's 30 s
  // message timeout to notice. Edits go on locally (and into IndexedDB) and merge on return.
  const goOffline = () => {
    provider.disconnect();
    if (state.status !== 'refused') publish({ status: binding ? 'offline' : 'connecting' });
  };
  const goOnline = () => {
    if (state.status !== 'refused') provider.connect();
  };
  const win = typeof window === 'undefined' ? null : window;
  win?.addEventListener('offline', goOffline);
  win?.addEventListener('online', goOnline);

  const awareness = provider.awareness;
  awareness.setLocalStateField('user', options.user);
  awareness.on('change', () => {
    const peers: Peer[] = [];
    awareness.getStates().forEach((value, id) => {
      if (id === doc.clientID) return;
      const user = (value as { user?: { name?: unknown; color?: unknown } }).user;
      if (!user || typeof user.name !== 'string' || typeof user.color !== 'string') return;
      const v = value as { pointer?: Point; selection?: unknown };
      const pointer = v.pointer && Number.isFinite(v.pointer.x) && Number.isFinite(v.pointer.y) ? { x: v.pointer.x, y: v.pointer.y } : undefined;
      const selection = Array.isArray(v.selection) ? v.selection.filter((s): s is string => typeof s === 'string').slice(0, 500) : [];
      // Presence from a peer is foreign input too: names are cut to a sane length and stay text.
      peers.push({ id, name: user.name.slice(0, 60), color: /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#888888', pointer, selection });
    });
    publish({ peers });
  });

  return {
    state: () => state,
    setPresence: ({ pointer, selection }) => {
      if (pointer) awareness.setLocalStateField('pointer', pointer);
      if (selection) awareness.setLocalStateField('selection', selection);
    },
    leave: () => {
      win?.removeEventListener('offline', goOffline);
      win?.removeEventListener('online', goOnline);
      options.history?.attach(null);
      binding?.dispose();
      provider.destroy();
      void local?.destroy();
      doc.destroy();
    },
  };
}
