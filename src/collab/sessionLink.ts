/**
 * Live-session links (issue 13): `#live=<room>&token=<token>&server=<ws url>`. Everything is in the
 * fragment, which browsers never send to a server, so a token does not end up in access logs.
 */
/** `readOnly` only tells the UI; the server decides what a token may do. */
export type LiveLink = { room: string; token: string; server: string; readOnly?: boolean };

const ROOM = /^[A-Za-z0-9_-]{6,64}$/;
const TOKEN = /^[A-Za-z0-9_-]{8,128}$/;

/** The live session a location hash names, or null when it names none or is malformed. */
export function parseLiveLink(hash: string): LiveLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('live');
  const token = params.get('token');
  const server = params.get('server');
  if (!room || !token || !server || !ROOM.test(room) || !TOKEN.test(token)) return null;
  try {
    const url = new URL(server);
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  } catch {
    return null;
  }
  return params.get('view') === '1' ? { room, token, server, readOnly: true } : { room, token, server };
}

export function formatLiveLink(base: string, link: LiveLink): string {
  const params = new URLSearchParams({ live: link.room, token: link.token, server: link.server });
  if (link.readOnly) params.set('view', '1');
  return `${base.split('#')[0]}#${params.toString()}`;
}

/**
 * The server the app uses unless told otherwise: a build-time `VITE_COLLAB_URL`, or port 1234 on
 * the page's own host (README "Live co-editing").
 */
export function defaultServer(location: { protocol: string; hostname: string }, configured?: string): string {
  if (configured) return configured;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.hostname || '127.0.0.1'}:1234`;
}

/** The server's HTTP address for creating rooms, from its WebSocket address. */
export function httpOf(server: string): string {
  return server.replace(/^ws(s?):/, 'http$1:').replace(/\/$/, '');
}
