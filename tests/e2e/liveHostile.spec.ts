import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { runServer, type Running } from '../../server/testServer';
import { exportJson } from './exportHelpers';
import { node, watchErrors } from './helpers';
import { liveRegion, startLive } from './liveHelpers';

/**
 * Live co-editing, bad input (issue 13): a hostile peer writing straight into the room's Yjs
 * document (not through the app), and a server that dies under a working page. Each test has its
 * own server on a free loopback port.
 */
let server: Running;
let dataDir: string;
test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'live-hostile-'));
  server = await runServer(dataDir);
});
test.afterEach(async () => server?.stop());
test.describe.configure({ timeout: 240_000 });

const status = (page: Page) => liveRegion(page).getByRole('status');

/** A peer that is not the app: a bare Yjs client with the room's write token. */
async function rawPeer(link: string) {
  const params = new URLSearchParams(new URL(link).hash.slice(1));
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(params.get('server') as string, params.get('live') as string, doc, {
    params: { token: params.get('token') as string },
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
  });
  await new Promise<void>((done) => provider.once('sync', () => done()));
  await expect.poll(() => doc.getMap('nodes').size).toBeGreaterThan(0);
  return { doc, close: () => provider.destroy() };
}

const MARKUP = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

test('a hostile peer’s update cannot run code or pollute prototypes, and the session goes on', async ({ page }) => {
  const errors = watchErrors(page);
  const { edit: link } = await startLive(page, server.url);
  const peer = await rawPeer(link);
  const nodes = peer.doc.getMap<Y.Map<unknown>>('nodes');
  const school = 'actor-school';
  expect(nodes.has(school)).toBe(true);
  peer.doc.transact(() => {
    for (const [id, label] of [['__proto__', 'proto node'], ['constructor', MARKUP]] as const) {
      const fields = new Y.Map<unknown>();
      fields.set('kind', 'actor');
      fields.set('label', label);
      // Own `__proto__` keys, as JSON.parse makes them (an object literal would set the prototype).
      fields.set('position', JSON.parse('{"x":40,"y":40,"__proto__":{"polluted":"yes"}}'));
      fields.set('__proto__', JSON.parse('{"polluted":"yes"}'));
      nodes.set(id, fields);
    }
    // A field of the wrong type and a position that is not a number, on an existing node.
    nodes.get(school)?.set('position', { x: 'far', y: null });
    peer.doc.getMap('edges').set('__proto__', new Y.Map<unknown>([['source', 'constructor'], ['target', school], ['relation', 'toString']]));
  });

  // The markup arrives as text: a node whose name shows the characters, no element made of it.
  await expect(node(page, `Key actor: ${MARKUP}`)).toBeVisible({ timeout: 10_000 });
  await expect(node(page, 'Key actor: proto node')).toBeVisible();
  // The node with a broken position is left out, with a notice; the rest of the update is taken.
  await expect(page.getByText(/Another participant sent an element that is not valid \("actor-school"\); it was left out\./)).toBeVisible();
  await expect(node(page, /^Key actor: School$/)).toHaveCount(0);
  await expect(page.locator('.react-flow img[src="x"], .react-flow b')).toHaveCount(0);
  expect(await page.evaluate(() => ({ pwned: (window as { __pwned?: unknown }).__pwned, polluted: ({} as { polluted?: unknown }).polluted }))).toEqual({ pwned: undefined, polluted: undefined });
  // The exported file is an ordinary, valid document (the import path checked the peer's update).
  const exported = JSON.parse(await exportJson(page)) as { nodes: { id: string; label: string; position: { x: unknown } }[] };
  expect(exported.nodes.every((n) => typeof n.position.x === 'number')).toBe(true);
  expect(exported.nodes.some((n) => n.label === MARKUP)).toBe(true);

  // The page still edits, and its edits still reach the room.
  await node(page, /^Key actor: Smart-manufacturing enterprise$/).click();
  const label = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Label', exact: true });
  await label.fill('Still working');
  await label.press('Enter');
  await expect.poll(() => [...nodes.values()].some((m) => JSON.stringify(m.toJSON()).includes('Still working'))).toBe(true);
  peer.close();
  expect(errors.filter((e) => !/WebSocket/.test(e))).toEqual([]);
});

test('a dead server shows offline, the page keeps editing, and the edits reach the room when it is back', async ({ page, browser }) => {
  const { edit: link } = await startLive(page, server.url);
  const port = new URL(server.url).port;
  await server.stop();
  await expect(status(page)).toHaveText(/^Offline/, { timeout: 15_000 });
  await node(page, /^Key actor: School$/).click();
  const label = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Label', exact: true });
  await label.fill('Edited while the server was down');
  await label.press('Enter');
  await expect(node(page, 'Key actor: Edited while the server was down')).toBeVisible();

  server = await runServer(dataDir, { COLLAB_PORT: port });
  await expect(status(page)).toHaveText('Online', { timeout: 30_000 });
  const other = await browser.newContext({ locale: 'en-US' });
  const b = await other.newPage();
  await b.goto(link.replace(/\?[^#]*/, '?lang=en'));
  await expect(node(b, 'Key actor: Edited while the server was down')).toBeVisible({ timeout: 15_000 });
  await other.close();
});
