import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { runServer, type Running } from './testServer';

type Room = { room: string; write: string; read: string };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function start(env: Record<string, string> = {}, dir = mkdtempSync(join(tmpdir(), 'collab-'))) {
  const server = await runServer(dir, env);
  cleanups.push(() => server.stop());
  return { server, dir };
}

async function createRoom(server: Running): Promise<Room> {
  const res = await fetch(`${server.http}/rooms`, { method: 'POST' });
  expect(res.status).toBe(201);
  return (await res.json()) as Room;
}

function client(server: Running, room: string, token: string) {
  const doc = new Y.Doc();
  // disableBc: peers in one process (or one browser) would otherwise sync over BroadcastChannel,
  // around the server and its read-only check.
  const provider = new WebsocketProvider(server.url, room, doc, { WebSocketPolyfill: WebSocket as never, params: { token }, disableBc: true });
  cleanups.push(() => provider.destroy());
  return { doc, provider, nodes: doc.getMap<string>('nodes') };
}

function until(check: () => boolean, ms = 5000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > ms) return reject(new Error('condition not met in time'));
      setTimeout(tick, 20);
    };
    tick();
  });
}

const closedWith = (provider: WebsocketProvider) =>
  new Promise<{ code: number; reason: string }>((resolve) => provider.on('closed', (event) => resolve(event)));

describe('the co-editing server', () => {
  it('relays an edit from one writer to another', async () => {
    const { server } = await start();
    const room = await createRoom(server);
    const a = client(server, room.room, room.write);
    const b = client(server, room.room, room.write);
    a.nodes.set('actor-1', '学生');
    await until(() => b.nodes.get('actor-1') === '学生');
  });

  it('refuses a wrong token with a close reason, and a token of another room', async () => {
    const { server } = await start();
    const room = await createRoom(server);
    const other = await createRoom(server);
    const wrong = client(server, room.room, 'not-a-token');
    expect(await closedWith(wrong.provider)).toEqual({ code: 4401, reason: 'bad-token' });
    const foreign = client(server, room.room, other.write);
    expect((await closedWith(foreign.provider)).code).toBe(4401);
  });

  it('lets a read-only token watch but not write', async () => {
    const { server } = await start();
    const room = await createRoom(server);
    const writer = client(server, room.room, room.write);
    const reader = client(server, room.room, room.read);
    writer.nodes.set('a', 'from the writer');
    await until(() => reader.nodes.get('a') === 'from the writer');
    reader.nodes.set('b', 'from the reader');
    writer.nodes.set('c', 'later write');
    await until(() => reader.nodes.get('c') === 'later write');
    const late = client(server, room.room, room.write);
    await until(() => late.nodes.get('c') === 'later write');
    expect(writer.nodes.has('b')).toBe(false);
    expect(late.nodes.has('b')).toBe(false);
  });

  it('keeps a room across a restart', async () => {
    const { server, dir } = await start();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const room = await createRoom(server);
    const a = client(server, room.room, room.write);
    a.nodes.set('kept', '保留');
    await until(() => a.provider.synced);
    // Give LevelDB a moment to take the update, then stop the server with the client still there.
    await new Promise((r) => setTimeout(r, 300));
    a.provider.destroy();
    await server.stop();
    const again = await runServer(dir);
    cleanups.push(() => again.stop());
    const b = client(again, room.room, room.write);
    // Wait for content, not for `sync` (after a restart sync can come before the persisted state).
    await until(() => b.nodes.get('kept') === '保留');
  });

  it('refuses a message over the limit with a reason', async () => {
    const { server } = await start({ COLLAB_MAX_MESSAGE: String(64 * 1024) });
    const room = await createRoom(server);
    const a = client(server, room.room, room.write);
    await until(() => a.provider.synced);
    const closed = closedWith(a.provider);
    a.nodes.set('huge', 'x'.repeat(100 * 1024));
    expect(await closed).toEqual({ code: 4413, reason: 'message-too-large' });
  });

  it('refuses writes that would grow a room past its limit', async () => {
    const { server } = await start({ COLLAB_MAX_ROOM: String(32 * 1024) });
    const room = await createRoom(server);
    const a = client(server, room.room, room.write);
    await until(() => a.provider.synced);
    const closed = closedWith(a.provider);
    for (let i = 0; i < 8; i++) a.nodes.set(`n${i}`, 'y'.repeat(8 * 1024));
    expect(await closed).toEqual({ code: 4413, reason: 'room-full' });
  });

  it('survives a malformed message and keeps serving the others', async () => {
    const { server } = await start();
    const room = await createRoom(server);
    const raw = new WebSocket(`${server.url}/${room.room}?token=${room.write}`);
    await new Promise((r) => raw.once('open', r));
    raw.send(Buffer.from([0, 2, 255, 255, 255, 255, 255, 1, 2, 3]));
    raw.send(Buffer.from('not yjs at all'));
    raw.close();
    const a = client(server, room.room, room.write);
    const b = client(server, room.room, room.write);
    a.nodes.set('after', 'still fine');
    await until(() => b.nodes.get('after') === 'still fine');
  });
});
