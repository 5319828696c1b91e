import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { runServer, type Running } from '../../server/testServer';
import { exportJson } from './exportHelpers';
import { dragNode, flowPosition, node, openApp, watchErrors } from './helpers';
import { liveRegion, startLive } from './liveHelpers';

/**
 * Live co-editing (issue 13): two browser contexts (two people) against the real co-editing server,
 * started here on a free loopback port with its own data directory and stopped at the end.
 */
let server: Running;
let dataDir: string;
test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'live-e2e-'));
  server = await runServer(dataDir);
});
test.afterAll(async () => server?.stop());
// Two or three browsers and a server at once: give each test room on a loaded 2-core machine.
test.describe.configure({ timeout: 240_000 });

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function enter(browser: Browser, url: string) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url.replace(/\?[^#]*/, '?lang=en'));
  await expect(liveRegion(page).getByRole('status')).toHaveText(/Online|Offline/, { timeout: 30_000 });
  return { context, page };
}

async function rename(page: Page, from: RegExp, to: string) {
  await node(page, from).click();
  const label = inspector(page).getByRole('textbox', { name: 'Label', exact: true });
  await label.fill(to);
  await label.press('Enter');
}

const content = (json: string) => {
  const doc = JSON.parse(json) as { nodes: unknown; edges: unknown; vocabulary: unknown };
  return JSON.stringify({ nodes: doc.nodes, edges: doc.edges, vocabulary: doc.vocabulary });
};

test('an edit in A appears in B, concurrent edits converge, and Undo in A undoes only A’s change', async ({ page, browser }) => {
  const errors = watchErrors(page);
  const { edit } = await startLive(page, server.url);
  const b = await enter(browser, edit);
  await expect(node(b.page, /^Key actor: School$/)).toBeVisible();
  await expect(liveRegion(page).getByRole('list', { name: 'People in this session' }).getByRole('listitem')).toHaveCount(2);

  await rename(page, /^Key actor: School$/, 'Y Vocational School');
  await expect(node(b.page, 'Key actor: Y Vocational School')).toBeVisible({ timeout: 2000 });

  // Both change the same node at once: A moves it, B renames it. Both keep both changes.
  const before = await flowPosition(page, /^Key actor: Y Vocational School$/);
  await Promise.all([dragNode(page, /^Key actor: Y Vocational School$/, 60, 0), rename(b.page, /^Key actor: Y Vocational School$/, 'College')]);
  await expect(node(page, 'Key actor: College')).toBeVisible();
  await expect(node(b.page, 'Key actor: College')).toBeVisible();
  await expect.poll(async () => (await flowPosition(b.page, /^Key actor: College$/)).x).toBeGreaterThan(before.x + 30);
  await expect.poll(async () => content(await exportJson(page)) === content(await exportJson(b.page))).toBe(true);

  // B renames another node; A undoes its own last change (the move), B's renames stay.
  await rename(b.page, /^Key actor: Smart-manufacturing enterprise$/, 'Factory');
  await expect(node(page, 'Key actor: Factory')).toBeVisible();
  await page.getByRole('toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await flowPosition(b.page, /^Key actor: College$/)).x).toBeLessThan(before.x + 5);
  await expect(node(b.page, 'Key actor: Factory')).toBeVisible();
  await expect(node(b.page, 'Key actor: College')).toBeVisible();
  await b.context.close();
  expect(errors).toEqual([]);
});

test('edits made offline are kept and merge when the connection returns; a restarted server still has the room', async ({ page, browser }) => {
  const { edit } = await startLive(page, server.url);
  const b = await enter(browser, edit);
  await expect(node(b.page, /^Key actor: School$/)).toBeVisible();

  await b.context.setOffline(true);
  await expect(liveRegion(b.page).getByRole('status')).toHaveText(/Offline/, { timeout: 15_000 });
  await rename(b.page, /^Key actor: School$/, 'Offline School');
  await rename(page, /^Key actor: Smart-manufacturing enterprise$/, 'Online Enterprise');
  await b.context.setOffline(false);
  await expect(node(page, 'Key actor: Offline School')).toBeVisible({ timeout: 15_000 });
  await expect(node(b.page, 'Key actor: Online Enterprise')).toBeVisible({ timeout: 15_000 });
  await b.context.close();

  // The server restarts; a new person opening the link sees the whole room.
  await page.close();
  await server.stop();
  server = await runServer(dataDir);
  const fresh = await enter(browser, edit.replace(/server=[^&]+/, `server=${encodeURIComponent(server.url)}`));
  await expect(node(fresh.page, 'Key actor: Offline School')).toBeVisible({ timeout: 10_000 });
  await expect(node(fresh.page, 'Key actor: Online Enterprise')).toBeVisible();
  await fresh.context.close();
});

test('a read-only link cannot change anything, and a wrong token is refused with a message', async ({ page, browser }) => {
  const { edit, read } = await startLive(page, server.url);
  const viewer = await enter(browser, read);
  await expect(liveRegion(viewer.page)).toContainText('Read-only');
  await expect(node(viewer.page, /^Key actor: School$/)).toBeVisible();
  await rename(viewer.page, /^Key actor: School$/, 'Viewer was here');
  await expect(node(viewer.page, /^Key actor: School$/)).toBeVisible();
  await rename(page, /^Key actor: Smart-manufacturing enterprise$/, 'Seen by the viewer');
  await expect(node(viewer.page, 'Key actor: Seen by the viewer')).toBeVisible();
  await expect(node(page, 'Key actor: Viewer was here')).toHaveCount(0);
  await viewer.context.close();

  const wrong = await browser.newContext({ locale: 'en-US' });
  const intruder = await wrong.newPage();
  await openApp(intruder, '?lang=en');
  const before = await exportJson(intruder);
  await intruder.goto(edit.replace(/token=[^&]+/, 'token=not-the-right-token').replace(/\?[^#]*/, '?lang=en'));
  await expect(liveRegion(intruder).getByRole('alert')).toHaveText('The live session refused this link: its token is wrong or belongs to another room.');
  expect(content(await exportJson(intruder))).toBe(content(before));
  await wrong.close();
});
