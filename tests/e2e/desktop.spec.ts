/**
 * Issue 16: files on disk, the library, offline and installable. Headless Chromium has the File
 * System Access API but no way to answer its pickers, so the pickers are mocked in the page with
 * handles over an in-page "disk"; the fallback path (no API: upload and download) is tested too.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

const DRAFT_KEY = 'theory-model-editor:draft';

/** The File System Access API's pickers over `window.__disk` (name → { text, mtime }). */
function mockFileSystemAccess() {
  type Entry = { text: string; mtime: number };
  const w = window as unknown as { __disk: Record<string, Entry>; __nextOpen: string; __nextSave: string };
  w.__disk = {};
  const handle = (name: string) => ({
    kind: 'file',
    name,
    getFile: async () => new File([w.__disk[name]?.text ?? ''], name, { lastModified: w.__disk[name]?.mtime ?? 0, type: 'application/json' }),
    // Like FileSystemWritableFileStream: a WritableStream (browser-fs-access pipes into it) with write().
    createWritable: async () => {
      const parts: BlobPart[] = [];
      const stream = new WritableStream<BlobPart>({
        write: (chunk) => void parts.push(chunk),
        close: async () => void (w.__disk[name] = { text: await new Blob(parts).text(), mtime: (w.__disk[name]?.mtime ?? 0) + 1 }),
      });
      return Object.assign(stream, {
        write: async (data: BlobPart) => {
          const writer = stream.getWriter();
          await writer.write(data);
          writer.releaseLock();
        },
      });
    },
    queryPermission: async () => 'granted',
    requestPermission: async () => 'granted',
    isSameEntry: async (other: { name: string }) => other.name === name,
  });
  Object.assign(window, {
    showOpenFilePicker: async () => [handle(w.__nextOpen)],
    showSaveFilePicker: async () => handle(w.__nextSave),
  });
}

const disk = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __disk: Record<string, { text: string; mtime: number }> }).__disk[n], name);

async function fileMenu(page: Page, item: string) {
  await page.getByRole('menubar', { name: 'Menu' }).getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
}

/** Deletes one node (an edit, so the file has unsaved changes). */
async function deleteANode(page: Page) {
  await page.locator('.react-flow__node').filter({ hasNot: page.locator('.react-flow__node') }).last().click();
  await page.keyboard.press('Delete');
}

const fileStatus = (page: Page) => page.getByRole('status', { name: /^File: / });

test('save to a file and reopen it (File System Access API, mocked pickers); a file changed on disk is not overwritten without asking', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(mockFileSystemAccess);
  await openApp(page, '?lang=en');
  await page.evaluate(() => Object.assign(window, { __nextSave: 'my-model.json' }));

  await page.keyboard.press('Control+Shift+S');
  await expect(fileStatus(page)).toHaveAccessibleName('File: my-model.json');
  const first = await disk(page, 'my-model.json');
  const nodes = (JSON.parse(first.text) as { nodes: unknown[] }).nodes.length;
  await expect(page).toHaveTitle(/^my-model\.json — /);

  await deleteANode(page);
  await expect(fileStatus(page)).toHaveAccessibleName('File: my-model.json · Unsaved changes');
  await expect(page).toHaveTitle(/^● my-model\.json — /);
  await page.keyboard.press('Control+s');
  await expect(fileStatus(page)).toHaveAccessibleName('File: my-model.json');
  expect((JSON.parse((await disk(page, 'my-model.json')).text) as { nodes: unknown[] }).nodes).toHaveLength(nodes - 1);

  // Someone else changes the file: Ctrl+S asks instead of overwriting.
  await page.evaluate(() => {
    const d = (window as unknown as { __disk: Record<string, { text: string; mtime: number }> }).__disk;
    d['my-model.json'] = { text: d['my-model.json'].text.replace('"nodes"', '"nodes" '), mtime: 99_999 };
  });
  const theirs = (await disk(page, 'my-model.json')).text;
  await deleteANode(page);
  await page.keyboard.press('Control+s');
  const ask = page.getByText(/my-model\.json was changed on disk/);
  await expect(ask).toBeVisible();
  expect((await disk(page, 'my-model.json')).text).toBe(theirs);
  await page.getByRole('button', { name: 'Overwrite' }).click();
  await expect(fileStatus(page)).toHaveAccessibleName('File: my-model.json');
  expect((JSON.parse((await disk(page, 'my-model.json')).text) as { nodes: unknown[] }).nodes).toHaveLength(nodes - 2);

  // Reopen: the file's model comes back through the import path.
  await fileMenu(page, 'New model');
  await expect(fileStatus(page)).toHaveCount(0);
  await page.evaluate(() => Object.assign(window, { __nextOpen: 'my-model.json' }));
  await page.keyboard.press('Control+o');
  await expect(fileStatus(page)).toHaveAccessibleName('File: my-model.json');
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes - 2);
  expect(errors).toEqual([]);
});

test('without the File System Access API, Save as downloads and Open uploads', async ({ page }) => {
  await page.addInitScript(() => {
    for (const target of [window, Window.prototype] as unknown as Record<string, unknown>[]) {
      delete target.showOpenFilePicker;
      delete target.showSaveFilePicker;
    }
  });
  await openApp(page, '?lang=en');
  expect(await page.evaluate(() => 'showOpenFilePicker' in self)).toBe(false);
  const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Save as…')]);
  const saved = await readFile(await download.path(), 'utf8');
  expect(download.suggestedFilename().endsWith('.json')).toBe(true);
  const count = await page.locator('.react-flow__node').count();
  expect((JSON.parse(saved) as { nodes: unknown[] }).nodes).toHaveLength(count);

  await fileMenu(page, 'New model');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'Open file…')]);
  await chooser.setFiles({ name: 'from-disk.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
  await expect(fileStatus(page)).toHaveAccessibleName('File: from-disk.json');
});

test('the library survives a reload, and a deleted model comes back with Undo', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  await fileMenu(page, 'Add to library');
  await expect(page.getByText(/to the library/)).toBeVisible();
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await fileMenu(page, 'Library…');
  const dialog = page.getByRole('dialog', { name: 'Library' });
  const list = dialog.getByRole('list', { name: 'Models in this browser' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const entry = list.getByRole('listitem').first();
  await expect(entry.getByRole('img', { name: /^Thumbnail of/ })).toBeVisible();
  await expect(entry).toContainText('open now');

  await entry.getByRole('button', { name: 'Duplicate' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const copy = list.getByRole('listitem', { name: / \(copy\)$/ });
  await copy.getByRole('button', { name: 'Rename' }).click();
  await copy.getByRole('textbox').fill('Second model');
  await copy.getByRole('button', { name: 'Rename' }).click();
  const second = list.getByRole('listitem', { name: 'Second model' });
  await expect(second).toBeVisible();

  await second.getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await page.getByText(/Deleted “Second model” from the library/).locator('..').getByRole('button', { name: 'Undo' }).click();
  await fileMenu(page, 'Library…');
  await expect(list.getByRole('listitem', { name: 'Second model' })).toBeVisible();
  await page.reload();
  await fileMenu(page, 'Library…');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('save a version with a note, list it and restore it', async ({ page }) => {
  await openApp(page, '?lang=en');
  const count = await page.locator('.react-flow__node').count();
  await fileMenu(page, 'Save a version…');
  const ask = page.getByRole('dialog', { name: 'Save a version' });
  await ask.getByRole('textbox', { name: 'Note' }).fill('before the review');
  await ask.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByText('Saved a version: before the review.')).toBeVisible();
  await deleteANode(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(count - 1);
  await fileMenu(page, 'Library…');
  const dialog = page.getByRole('dialog', { name: 'Library' });
  await dialog.getByRole('listitem').first().getByRole('button', { name: 'Versions' }).click();
  const version = dialog.getByRole('region', { name: /^Versions of/ }).getByRole('listitem', { name: 'before the review' });
  await version.getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});

test('an old localStorage draft migrates into the library with its bytes unchanged', async ({ page }) => {
  const model = JSON.parse(await readFile(new URL('../../examples/figure-1.json', import.meta.url), 'utf8')) as { meta: { title: string } };
  model.meta.title = 'My old draft 旧草稿';
  // Spacing no serializer of the app writes: a re-serialized copy would differ.
  const data = JSON.stringify(model, null, 5);
  const envelope = JSON.stringify({ app: 'theory-model-editor', savedAt: '2025-06-01T10:00:00.000Z', revision: 12, tabId: 'old-tab', data });
  const recovered = '{"this is": "unreadable';
  await page.addInitScript(
    ([key, value, bad]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
      localStorage.setItem('theory-model-editor:recovered:2025-05-01T00:00:00.000Z', bad);
    },
    [DRAFT_KEY, envelope, recovered],
  );
  await openApp(page, '?lang=en');
  await fileMenu(page, 'Library…');
  const entry = page.getByRole('dialog', { name: 'Library' }).getByRole('listitem', { name: 'My old draft 旧草稿' });
  await expect(entry).toContainText('open now');
  const [download] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name: 'Export' }).click()]);
  expect(await readFile(await download.path(), 'utf8')).toBe(data);
  // The recovered key was kept aside as it was; localStorage still has both.
  const aside = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('theory-model-editor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('aside').objectStore('aside').getAll();
          req.onsuccess = () => resolve((req.result as { raw: unknown }[]).map((r) => r.raw));
        };
      }),
  );
  expect(aside).toEqual([recovered]);
  expect(await page.evaluate(() => localStorage.getItem('theory-model-editor:recovered:2025-05-01T00:00:00.000Z'))).toBe(recovered);
});

test('a corrupt library record is kept aside and reported; start-up is not affected', async ({ page }) => {
  await openApp(page, '?lang=en');
  // The app has created its database once the library lists its (empty) models.
  await fileMenu(page, 'Library…');
  await expect(page.getByText('No models in the library yet.', { exact: false })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('theory-model-editor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('models', 'readwrite');
          tx.objectStore('models').put({ id: 'broken', title: 'Broken', createdAt: 'x', updatedAt: 'x', data: '{"format":"theory-model","nodes":[' });
          tx.oncomplete = () => resolve();
        };
      }),
  );
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByText(/A library entry \(broken\) could not be read/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the unreadable entry' })).toBeVisible();
});

test('a fresh context has no service worker; after a first visit the app works offline: it opens an example and runs Auto layout', async ({ page, context }) => {
  await openApp(page, '?lang=en');
  // Nothing from an earlier test run serves this page: each test's context starts without one.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(scope).toMatch(/\/sw\.js$/);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole('toolbar').getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('dialog', { name: 'Examples' }).getByRole('article', { name: /Foshan/ }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText(/^Opened /)).toBeVisible();
  const before = await page.locator('.react-flow__node').evaluateAll((ns) => ns.map((n) => (n as HTMLElement).style.transform).join());
  await page.getByRole('toolbar').getByRole('button', { name: 'Auto layout', exact: true }).click();
  await expect(page.locator('.tm-layout-running')).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(() => page.locator('.react-flow__node').evaluateAll((ns) => ns.map((n) => (n as HTMLElement).style.transform).join())).not.toBe(before);
  await context.setOffline(false);
});

test('the web app manifest is valid and names its icons', async ({ page, request }) => {
  await openApp(page, '?lang=en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as { name: string; short_name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest.name).toContain('Theory-model editor');
  expect(manifest.short_name.length).toBeGreaterThan(0);
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBeTruthy();
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
    expect(icon, size).toBeTruthy();
    const image = await request.get(new URL(icon!.src, new URL(href!, page.url())).toString());
    expect(image.ok()).toBe(true);
    expect(image.headers()['content-type']).toContain('image/png');
  }
  const registration = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(registration).toBe(new URL('/', page.url()).toString());
});
