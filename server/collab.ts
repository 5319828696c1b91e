/**
 * The co-editing server a research group runs itself (issue 13): the official y-websocket server
 * code (`@y/websocket-server` 0.1.1, pitfall 10) with LevelDB persistence, behind an upgrade
 * handler that checks a room token, drops writes from read-only tokens and limits message and room
 * sizes. `npm run collab` starts it on 127.0.0.1:1234; COLLAB_HOST, COLLAB_PORT and COLLAB_DATA
 * override the host, port and data directory (default `.collab-data/`).
 */
import http from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import * as Y from 'yjs';
import { CLOSE, RoomSize, writesDocument } from './guard.ts';
import { checkToken, loadSecret, newRoom, ROOM_NAME } from './tokens.ts';

export type CollabConfig = {
  host: string;
  port: number;
  dataDir: string;
  /** Largest message a client may send. */
  maxMessageBytes: number;
  /** Largest encoded room. */
  maxRoomBytes: number;
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): CollabConfig {
  return {
    host: env.COLLAB_HOST || '127.0.0.1',
    port: Number(env.COLLAB_PORT || 1234),
    dataDir: resolve(env.COLLAB_DATA || '.collab-data'),
    maxMessageBytes: Number(env.COLLAB_MAX_MESSAGE || 2 * 1024 * 1024),
    maxRoomBytes: Number(env.COLLAB_MAX_ROOM || 8 * 1024 * 1024),
  };
}

const toBytes = (data: RawData): Uint8Array =>
  Array.isArray(data) ? new Uint8Array(Buffer.concat(data)) : new Uint8Array(data as ArrayBuffer);

export async function startCollabServer(config: CollabConfig): Promise<{ port: number; close: () => Promise<void> }> {
  // The y-websocket utilities read their persistence directory when first imported.
  process.env.YPERSISTENCE = resolve(config.dataDir, 'rooms');
  const utils = await import('@y/websocket-server/utils');
  const secret = loadSecret(config.dataDir);
  const sizes = new Map<string, RoomSize>();
  // A hard cap above our own limit: a larger frame is cut off by ws itself (close 1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes * 2 });

  const server = http.createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (req.method === 'POST' && req.url === '/rooms') {
      res.writeHead(201, { 'Content-Type': 'application/json' });
      return void res.end(JSON.stringify(newRoom(secret)));
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('theory-model co-editing server');
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const room = decodeURIComponent(url.pathname.slice(1));
    const access = checkToken(secret, room, url.searchParams.get('token'));
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Refusals are close frames with a reason, not a dropped socket, so the app can say why.
      if (!ROOM_NAME.test(room)) return ws.close(CLOSE.badRoom.code, CLOSE.badRoom.reason);
      if (!access) return ws.close(CLOSE.badToken.code, CLOSE.badToken.reason);
      guard(ws, room, access === 'read');
      utils.setupWSConnection(ws, req, { docName: room });
    });
  });

  /** Filters what reaches y-websocket's own listener: read-only writes are dropped, oversized ones refused. */
  function guard(ws: WebSocket, room: string, readOnly: boolean): void {
    const on = ws.on.bind(ws);
    ws.on = ((event: string, listener: (...args: unknown[]) => void) => {
      if (event !== 'message') return on(event, listener);
      return on('message', (data: RawData) => {
        const bytes = toBytes(data);
        if (writesDocument(bytes)) {
          if (readOnly) return;
          if (bytes.byteLength > config.maxMessageBytes) return ws.close(CLOSE.tooLarge.code, CLOSE.tooLarge.reason);
          let size = sizes.get(room);
          if (!size) sizes.set(room, (size = new RoomSize(() => Y.encodeStateAsUpdate(utils.getYDoc(room)).byteLength)));
          if (size.after(bytes.byteLength) > config.maxRoomBytes) return ws.close(CLOSE.roomFull.code, CLOSE.roomFull.reason);
          size.add(bytes.byteLength);
        }
        listener(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      });
    }) as typeof ws.on;
  }

  await new Promise<void>((done) => server.listen(config.port, config.host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    port,
    close: () =>
      new Promise<void>((done) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => done());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const config = configFromEnv();
  startCollabServer(config).then(
    ({ port }) => console.log(`co-editing server on ws://${config.host}:${port} (rooms in ${config.dataDir})`),
    (error: unknown) => {
      console.error('The co-editing server could not start:', error);
      process.exit(1);
    },
  );
}
