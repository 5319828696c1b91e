/**
 * What the UI shows of a live session (issue 13), kept apart from the session itself so that the
 * header and canvas can read it without loading Yjs. View state: never saved, never undone.
 */
import { createStore } from 'zustand/vanilla';
import type { Point } from '../model/types';

export type LiveStatus = 'connecting' | 'loading' | 'online' | 'offline' | 'refused';
export type LiveRefusal = 'bad-token' | 'bad-room' | 'room-full' | 'message-too-large' | 'unreachable';
export type LivePeer = { id: number; name: string; color: string; pointer?: Point; selection: string[] };

export type LiveView = {
  status: LiveStatus;
  readOnly: boolean;
  refusal?: LiveRefusal;
  peers: LivePeer[];
  /** The links to this room, for the creator's dialog: edit and read-only. */
  links?: { edit: string; read?: string };
  me: { name: string; color: string };
};

/** null while no session runs. */
export const liveStore = createStore<{ live: LiveView | null }>(() => ({ live: null }));

const COLORS = ['#d1495b', '#2e86ab', '#3f9c35', '#8e44ad', '#e67e22', '#16a085', '#c0392b', '#2c3e50'];

/** A name and colour for this person, kept for the browser so others recognise them next time. */
export function myIdentity(storage: Pick<Storage, 'getItem' | 'setItem'> | null, fallbackName: string): { name: string; color: string } {
  let saved: { name?: unknown; color?: unknown } = {};
  try {
    saved = JSON.parse(storage?.getItem('theory-model-live-me') ?? '{}') as typeof saved;
  } catch {
    saved = {};
  }
  const name = typeof saved.name === 'string' && saved.name.trim() ? saved.name.slice(0, 60) : `${fallbackName} ${Math.floor(Math.random() * 90 + 10)}`;
  const color = typeof saved.color === 'string' && /^#[0-9a-f]{6}$/i.test(saved.color) ? saved.color : COLORS[Math.floor(Math.random() * COLORS.length)];
  try {
    storage?.setItem('theory-model-live-me', JSON.stringify({ name, color }));
  } catch {
    // storage refused: a new identity next time is fine
  }
  return { name, color };
}
