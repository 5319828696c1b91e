/**
 * Starting, joining and leaving a live session (issue 13). This file is small and Yjs-free: the
 * session code (Yjs, y-websocket, y-indexeddb) is loaded by dynamic import when a session starts,
 * so the first load does not grow.
 */
import { formatMessage, formatMessages } from '../i18n/message';
import type { TFunction } from '../i18n/translate';
import { activeEditor, editorHistory } from '../store/activeEditor';
import { useAppStore } from '../store/appStore';
import { loadLaterParts } from '../store/laterParts';
import { formatLiveLink, httpOf, type LiveLink } from './sessionLink';
import { liveStore, myIdentity, type LiveView } from './liveState';
import type { Session } from './session';
import type { Editor } from '../store/editor';

type Running = { session: Session; link: LiveLink; editor: Editor };
/** The session of this tab (one at a time), held here and listed in docs/decisions.md. */
let running: Running | null = null;

const patch = (p: Partial<LiveView>) => {
  const live = liveStore.getState().live;
  if (live) liveStore.setState({ live: { ...live, ...p } });
};

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Creates a room on the server and gives back its edit and read-only links. */
export async function createRoom(server: string, base: string): Promise<{ edit: LiveLink; read: LiveLink; urls: { edit: string; read: string } }> {
  const response = await fetch(`${httpOf(server)}/rooms`, { method: 'POST' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { room?: unknown; write?: unknown; read?: unknown };
  if (typeof body.room !== 'string' || typeof body.write !== 'string' || typeof body.read !== 'string') throw new Error('unexpected answer');
  const edit = { room: body.room, token: body.write, server };
  const read = { room: body.room, token: body.read, server, readOnly: true };
  return { edit, read, urls: { edit: formatLiveLink(base, edit), read: formatLiveLink(base, read) } };
}

export type JoinOptions = { link: LiveLink; create: boolean; t: TFunction; links?: { edit: string; read?: string } };

export async function joinLive({ link, create, t, links }: JoinOptions): Promise<void> {
  leaveLive();
  const me = myIdentity(browserStorage(), t('live.defaultName'));
  liveStore.setState({ live: { status: 'connecting', readOnly: link.readOnly === true, peers: [], links, me } });
  // The later UI parts come too: a peer can lose the network any moment after joining, and must
  // still be able to open an inspector and keep editing offline.
  const [{ startSession }, { storePort }, { createLiveHistory }] = await Promise.all([
    import('./session'),
    import('./storePort'),
    import('./liveHistory'),
    loadLaterParts(),
  ]);
  // Steps from before the session would undo over other people's edits: history starts afresh,
  // and while the session runs it is Yjs's UndoManager (this person's changes only).
  editorHistory().clear();
  const editor = activeEditor();
  let history: ReturnType<typeof createLiveHistory> | undefined;
  editor.swapHistory((own) => (history = createLiveHistory(own, () => editor.store.getState().doc)));
  const live = history as ReturnType<typeof createLiveHistory>;
  const port = storePort(live.policy);
  const readOnly = link.readOnly === true;
  const notify = useAppStore.getState().notify;
  const session = startSession({
    link,
    readOnly,
    create,
    user: me,
    port: readOnly ? readOnlyPort(port, t) : port,
    history: live,
    onState: (s) => patch({ status: s.status, refusal: s.refusal, peers: s.peers }),
    onRefusedUpdate: (error) => notify('warning', t('live.updateRefused', { reason: formatMessage(t, error.message) })),
    onLeftOut: (ids) => notify('warning', t('live.leftOut', { count: ids.length, ids: ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ') })),
    onRepaired: (report) => notify('info', t('live.repaired', { count: report.length }), formatMessages(t, report.map((n) => n.message))),
  });
  running = { session, link, editor };
}

/**
 * A read-only link cannot change anything: a local edit is put back at once to the room's version,
 * with a notice (once), so what the viewer sees is always what the room holds.
 */
function readOnlyPort(port: import('./port').ModelPort, t: TFunction): import('./port').ModelPort {
  let roomModel = port.model();
  let told = false;
  return {
    model: port.model,
    applyRemote: (model, report) => {
      roomModel = model;
      port.applyRemote(model, report);
    },
    onLocalChange: (listener) =>
      port.onLocalChange(() => {
        queueMicrotask(() => port.applyRemote(roomModel, []));
        if (!told) useAppStore.getState().notify('info', t('live.readOnlyNotice'));
        told = true;
        void listener;
      }),
  };
}

export function leaveLive(): void {
  running?.session.leave();
  // The editor's own history again, empty: the draft left behind starts a fresh history.
  running?.editor.swapHistory(null);
  if (running) running.editor.history.clear();
  running = null;
  liveStore.setState({ live: null });
}

export const liveSession = (): Session | null => running?.session ?? null;
