/**
 * `npm run bench:collab [-- --edits=50 --nodes=500 --joins=10]` — live co-editing measured on
 * loopback (issue 13), with the real server (`server/collab.ts`, its own process, a fresh data
 * directory) and two Node peers running the app's real session code (y-websocket client, the
 * binding, `importModel` on every remote read):
 *
 *  1. Propagation: A makes an edit (a click-like `record` change: a relabel), and the time until
 *     B's editor has it (B's `applyRemote` called with it). Then a drag: A moves a node in `merge`
 *     frames 16 ms apart (throttled to one write per 40 ms), the lag of each frame until B shows
 *     that frame's position or a later one.
 *  2. Sync time of a `--nodes` room: a new client opens the room until its editor holds the whole
 *     model (all nodes, checked and repaired through importModel). Warm (the server has the room in
 *     memory) and cold (the server restarted: the room is read from LevelDB first).
 *
 * Not part of `npm test`: numbers on a shared 2-core machine are noisy. Results go in
 * docs/performance.md, "## Live co-editing".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { runServer, type Running } from '../server/testServer';
import { sharedMaps, writeModel } from '../src/io/shared/ydoc';
import { startSession, type Session } from '../src/collab/session';
import type { ModelPort } from '../src/collab/port';
import { moveNode, relabel } from '../src/collab/testing';
import { blankModel } from '../src/model/blank';
import type { TheoryModel } from '../src/model/types';
import { generatedModel } from '../src/store/persistence/testing/fakes';
import { median, p } from './bench/stats';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const EDITS = arg('edits', 50);
const NODES = arg('nodes', 500);
const JOINS = arg('joins', 10);

/** An editor stand-in that calls `seen` with each model a peer's update gives it. */
function port(initial: TheoryModel, seen: (m: TheoryModel) => void = () => {}) {
  let model = initial;
  const listeners = new Set<(m: TheoryModel, policy: 'record' | 'merge') => void>();
  const it: ModelPort & { edit(m: TheoryModel, policy?: 'record' | 'merge'): void } = {
    model: () => model,
    onLocalChange: (l) => (listeners.add(l), () => listeners.delete(l)),
    applyRemote: (m) => {
      model = m;
      seen(m);
    },
    edit: (m, policy = 'record') => {
      model = m;
      listeners.forEach((l) => l(m, policy));
    },
  };
  return it;
}

let server: Running;
const sessions: Session[] = [];
function enter(room: { room: string; write: string }, p: ModelPort, create = false): Session {
  const session = startSession({
    link: { room: room.room, token: room.write, server: server.url },
    readOnly: false,
    create,
    user: { name: 'bench', color: '#336699' },
    port: p,
    onState: () => {},
    onRefusedUpdate: (e) => console.error('refused', e.code),
    onRepaired: () => {},
    WebSocketImpl: WebSocket,
    offlineStore: false,
  });
  sessions.push(session);
  return session;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 30_000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await sleep(1);
  }
}
const summary = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${p(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n = ${xs.length})`;
const newRoom = async () => (await (await fetch(`${server.http}/rooms`, { method: 'POST' })).json()) as { room: string; write: string };
const empty = (): TheoryModel => ({ ...blankModel('not yet joined', new Date(0)), nodes: [], edges: [] });

async function propagation() {
  const room = await newRoom();
  const a = port(generatedModel(50));
  let onSeen: (m: TheoryModel) => void = () => {};
  const b = port(empty(), (m) => onSeen(m));
  enter(room, a, true);
  enter(room, b);
  await until(() => b.model().nodes.length === 50);

  const edits: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const id = `n${i % 50}`;
    const label = `edit ${i}`;
    const arrived = new Promise<number>((done) => (onSeen = (m) => m.nodes.find((n) => n.id === id)?.label === label && done(performance.now())));
    const start = performance.now();
    a.edit(relabel(a.model(), id, label));
    edits.push((await arrived) - start);
    await sleep(20);
  }

  // A drag: frames every 16 ms, sent at most every 40 ms; each frame's lag until B has it (or later).
  const frames: { x: number; at: number }[] = [];
  const lags: number[] = [];
  onSeen = (m) => {
    const x = m.nodes.find((n) => n.id === 'n0')?.position.x ?? -Infinity;
    const now = performance.now();
    while (frames.length && frames[0].x <= x) lags.push(now - (frames.shift() as { at: number }).at);
  };
  for (let i = 0; i < EDITS; i++) {
    a.edit(moveNode(a.model(), 'n0', 3), 'merge');
    frames.push({ x: a.model().nodes[0].position.x, at: performance.now() });
    await sleep(16);
  }
  await until(() => frames.length === 0, 5000);
  return { edits, lags };
}

async function syncTime(dataDir: string) {
  const model = generatedModel(NODES);
  const room = await newRoom();
  const creator = port(model);
  enter(room, creator, true);
  // The room is on the server once a second client has it.
  const probe = port(empty());
  enter(room, probe);
  await until(() => probe.model().nodes.length === NODES);
  const joinOnce = async () => {
    const start = performance.now();
    const c = port(empty());
    const s = enter(room, c);
    await until(() => c.model().nodes.length === NODES);
    const ms = performance.now() - start;
    s.leave();
    return ms;
  };
  const warm: number[] = [];
  for (let i = 0; i < JOINS; i++) warm.push(await joinOnce());

  // Cold: every client leaves, the server restarts and reads the room from disk.
  while (sessions.length) sessions.pop()?.leave();
  await sleep(500);
  await server.stop();
  const cold: number[] = [];
  for (let i = 0; i < Math.max(3, Math.floor(JOINS / 3)); i++) {
    server = await runServer(dataDir);
    cold.push(await joinOnce());
    await server.stop();
  }
  server = await runServer(dataDir);
  // The room's encoded size, as the binding writes the model.
  const doc = new Y.Doc();
  doc.transact(() => writeModel(sharedMaps(doc), undefined, model));
  const bytes = Y.encodeStateAsUpdate(doc).byteLength;
  return { warm, cold, bytes, edges: model.edges.length, json: JSON.stringify(model).length };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-collab-'));
  server = await runServer(dataDir);
  try {
    const { edits, lags } = await propagation();
    console.log(`Propagation A → B, one edit (relabel, record): ${summary(edits)}`);
    console.log(`Propagation A → B, drag frames (merge, 16 ms apart, 40 ms throttle): ${summary(lags)}`);
    const sync = await syncTime(dataDir);
    console.log(`Sync of a ${NODES}-node / ${sync.edges}-edge room (${(sync.json / 1024).toFixed(0)} KB as JSON, ${(sync.bytes / 1024).toFixed(0)} KB as a Yjs update), new client joins → editor has the model:`);
    console.log(`  warm (room in the server's memory): ${summary(sync.warm)}`);
    console.log(`  cold (server restarted, room read from LevelDB): ${summary(sync.cold)}`);
  } finally {
    while (sessions.length) sessions.pop()?.leave();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
