import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { runServer, type Running } from '../../server/testServer';
import { figure2Model } from '../model/testing/validity';
import type { TheoryModel } from '../model/types';
import { startSession, type Session, type SessionState } from './session';
import { fakePort, relabel } from './testing';

let server: Running;
beforeAll(async () => {
  server = await runServer(mkdtempSync(join(tmpdir(), 'collab-session-')));
});
afterAll(() => server.stop());

const sessions: Session[] = [];
afterAll(() => sessions.forEach((s) => s.leave()));

async function room() {
  return (await (await fetch(`${server.http}/rooms`, { method: 'POST' })).json()) as { room: string; write: string; read: string };
}

function enter(roomId: string, token: string, model: TheoryModel, opts: { create?: boolean; readOnly?: boolean } = {}) {
  const port = fakePort(model);
  const states: SessionState[] = [];
  const session = startSession({
    link: { room: roomId, token, server: server.url },
    readOnly: opts.readOnly ?? false,
    create: opts.create ?? false,
    user: { name: 'Tester', color: '#336699' },
    port,
    onState: (s) => states.push(s),
    onRefusedUpdate: () => {},
    onRepaired: () => {},
    WebSocketImpl: WebSocket,
    offlineStore: false,
  });
  sessions.push(session);
  return { port, session, states, last: () => states.at(-1) };
}

const until = async (check: () => boolean, ms = 5000) => {
  const t = Date.now();
  while (!check()) {
    if (Date.now() - t > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('a live session against the real server', () => {
  it('puts the creator’s model into the room and shows it to a joiner, who never seeds', async () => {
    const r = await room();
    const a = enter(r.room, r.write, figure2Model(), { create: true });
    await until(() => a.last()?.status === 'online');
    const blank = { ...figure2Model(), nodes: [], edges: [], meta: { title: 'blank' } };
    const b = enter(r.room, r.write, blank);
    await until(() => b.port.model().nodes.length === a.port.model().nodes.length);
    expect(b.port.model().meta.title).toBe(a.port.model().meta.title);
    const id = a.port.model().nodes[3].id;
    b.port.edit(relabel(b.port.model(), id, '来自 B'));
    await until(() => a.port.model().nodes.find((n) => n.id === id)?.label === '来自 B');
  });

  it('sees the other peers with their names', async () => {
    const r = await room();
    const a = enter(r.room, r.write, figure2Model(), { create: true });
    const b = enter(r.room, r.write, figure2Model());
    b.session.setPresence({ selection: ['x'] });
    await until(() => (a.last()?.peers.length ?? 0) === 1 && a.last()?.peers[0].selection[0] === 'x');
    expect(a.last()?.peers[0].name).toBe('Tester');
  });

  it('says why a wrong token was refused', async () => {
    const r = await room();
    const a = enter(r.room, 'wrong-token-123', figure2Model());
    await until(() => a.last()?.status === 'refused');
    expect(a.last()?.refusal).toBe('bad-token');
  });

  it('lets a read-only peer watch but not change the room', async () => {
    const r = await room();
    const a = enter(r.room, r.write, figure2Model(), { create: true });
    await until(() => a.last()?.status === 'online');
    const v = enter(r.room, r.read, { ...figure2Model(), nodes: [] }, { readOnly: true });
    await until(() => v.port.model().nodes.length > 0);
    const id = v.port.model().nodes[2].id;
    v.port.edit(relabel(v.port.model(), id, 'viewer edit'));
    a.port.edit(relabel(a.port.model(), a.port.model().nodes[5].id, 'writer edit'));
    await until(() => v.port.model().nodes.some((n) => n.label === 'writer edit'));
    expect(a.port.model().nodes.find((n) => n.id === id)?.label).not.toBe('viewer edit');
  });
});
