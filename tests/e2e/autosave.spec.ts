import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { dragNode, flowPosition, node, openApp, watchErrors } from './helpers';

// docs/decisions.md "Autosave": where the draft lives and where unreadable data is kept.
const DRAFT_KEY = 'theory-model-editor:draft';
const RECOVERED_PREFIX = 'theory-model-editor:recovered:';
const SCHOOL = /Key actor: School$/;


/** The revision of the stored draft (reading storage only to know the save happened). */
const revision = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? 0 : (JSON.parse(raw) as { revision: number }).revision;
  }, DRAFT_KEY);

test('a node dragged with the mouse is where it was moved after a reload straight after the drag', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const before = await flowPosition(page, SCHOOL);
  await dragNode(page, SCHOOL, 160, 90);
  const moved = await flowPosition(page, SCHOOL);
  expect(Math.abs(moved.x - before.x)).toBeGreaterThan(40);
  // No waiting: whether the debounced save already ran or the unload flush writes it, the reload
  // must show the move. (The flush itself is unit-tested in bind.test.ts with a fake document.)
  await page.reload();
  await expect(node(page, SCHOOL)).toBeVisible();
  expect(await flowPosition(page, SCHOOL)).toEqual(moved);
  expect(errors).toEqual([]);
});

test('Undo and Redo from the toolbar are saved too: a reload shows the state they left', async ({ page }) => {
  await openApp(page, '?lang=en');
  const before = await flowPosition(page, SCHOOL);
  await dragNode(page, SCHOOL, -120, 60);
  const moved = await flowPosition(page, SCHOOL);
  const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => flowPosition(page, SCHOOL)).toEqual(before);
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => flowPosition(page, SCHOOL)).toEqual(moved);
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => flowPosition(page, SCHOOL)).toEqual(before);
  await page.reload();
  await expect(node(page, SCHOOL)).toBeVisible();
  expect(await flowPosition(page, SCHOOL)).toEqual(before);

  // Move it again and this time wait for the debounced save, not the unload flush.
  const saved = await revision(page);
  await dragNode(page, SCHOOL, 80, -40);
  const again = await flowPosition(page, SCHOOL);
  await expect.poll(() => revision(page)).toBeGreaterThan(saved);
  await page.reload();
  await expect(node(page, SCHOOL)).toBeVisible();
  expect(await flowPosition(page, SCHOOL)).toEqual(again);
});

test('a corrupt saved draft still starts the app with Figure 2 and an alert; the data is kept and downloadable', async ({ page }) => {
  const garbage = '{"app":"theory-model-editor","revision": 3, "data": "{\\"nodes\\": [tru';
  // Runs before the app's own scripts on every load of this page (only one here).
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [DRAFT_KEY, garbage]);
  await openApp(page, '?lang=en');
  await expect(node(page, SCHOOL)).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your saved draft could not be read');

  const stored = await page.evaluate((prefix) => {
    const found: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) found[key] = localStorage.getItem(key)!;
    }
    return found;
  }, RECOVERED_PREFIX);
  expect(Object.values(stored)).toEqual([garbage]);

  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the unreadable draft' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^theory-model-unreadable-draft-.*\.json$/);
  expect(await readFile((await download.path())!, 'utf8')).toBe(garbage);
});

test('storage full: a visible warning, the edit stays on screen, one click downloads a backup', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page, '?lang=en');
  const warning = page.getByRole('status').filter({ hasText: 'storage for this site is full' });
  await expect(warning).toBeVisible();
  await dragNode(page, SCHOOL, 100, 0);
  const moved = await flowPosition(page, SCHOOL);
  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Download backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const backup = JSON.parse(await readFile((await download.path())!, 'utf8')) as { nodes: { id: string; position: { x: number } }[] };
  expect(backup.nodes.find((n) => n.id === 'actor-school')?.position.x).toBeCloseTo(moved.x, 2);
});

test('two tabs: the older tab stops saving and offers to load the newer version', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a, '?lang=en');
  const b = await context.newPage();
  await openApp(b, '?lang=en');
  await dragNode(b, SCHOOL, 150, 0);
  const theirs = await flowPosition(b, SCHOOL);

  const notice = a.getByRole('status').filter({ hasText: 'This model was changed in another tab' });
  await expect(notice).toBeVisible();
  // Tab A edits anyway: nothing it does is written over B's work.
  const savedByB = await revision(b);
  await dragNode(a, SCHOOL, -150, 0);
  await a.waitForTimeout(600);
  expect(await revision(a)).toBe(savedByB);

  await notice.getByRole('button', { name: 'Load the newer version' }).click();
  await expect.poll(() => flowPosition(a, SCHOOL)).toEqual(theirs);
  await expect(a.getByRole('status').filter({ hasText: 'Undo to go back' })).toBeVisible();
});

test('?example= over a draft: the example opens, the draft is kept and one click restores it', async ({ page }) => {
  await openApp(page, '?lang=en');
  await dragNode(page, SCHOOL, 100, 50);
  const mine = await flowPosition(page, SCHOOL);
  await page.goto('/?example=figure-1&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Y School');
  // The address no longer asks for the example, so a reload would show the last state.
  expect(new URL(page.url()).search).toBe('?lang=en');
  const kept = page.getByRole('status').filter({ hasText: 'Your previous draft was kept' });
  await kept.getByRole('button', { name: 'Restore it' }).click();
  await expect(node(page, SCHOOL)).toBeVisible();
  expect(await flowPosition(page, SCHOOL)).toEqual(mine);
  await expect(page.getByRole('status').filter({ hasText: 'Undo to go back' })).toBeVisible();
});

test('New model replaces the model only undoably: the notice’s Undo brings the work back', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'New model' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const opened = page.getByRole('status').filter({ hasText: 'Opened a new blank model — Undo to go back.' });
  await opened.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, SCHOOL)).toBeVisible();
  await expect(opened).toHaveCount(0);
});
