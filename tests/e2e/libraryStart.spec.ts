/**
 * Issue 16, "a list of their models and recent files opens with the app": the library panel beside
 * the canvas at start-up (non-modal: the model opens as always), its preference, and comparing a
 * saved version with the open model through issue 14's compare panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { exportJson } from './exportHelpers';
import { openApp, watchErrors } from './helpers';

async function menu(page: Page, name: string, item: string) {
  await page.getByRole('menubar', { name: 'Menu' }).getByRole('menuitem', { name }).click();
  await page.getByRole('menu', { name }).getByRole('menuitem', { name: item }).click();
}

const panel = (page: Page) => page.getByRole('region', { name: 'Your models' });

test('the library opens beside the canvas at start-up once it holds models; it opens one, and can be switched off', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  // A first visit has nothing in the library: the example opens alone.
  await expect(panel(page)).toHaveCount(0);
  await menu(page, 'File', 'Add to library');
  await expect(page.getByText(/to the library/)).toBeVisible();

  // Another model is open when the app starts again: the list shows beside it, the canvas ready.
  await page.getByRole('toolbar').getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('dialog', { name: 'Examples' }).getByRole('article', { name: /Foshan/ }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText(/^Opened /)).toBeVisible();
  const foshan = await page.locator('.react-flow__node').count();
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(panel(page)).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(foshan);
  const models = panel(page).getByRole('list', { name: 'Models in this browser' });
  await expect(models.getByRole('listitem')).toHaveCount(1);
  // Nothing covers the canvas: the panel is docked beside it.
  const side = (await panel(page).boundingBox())!;
  const pane = (await page.locator('.react-flow').boundingBox())!;
  expect(side.x + side.width).toBeLessThanOrEqual(pane.x + 1);

  const title = (await models.getByRole('listitem').first().getAttribute('aria-label'))!;
  expect(title).not.toMatch(/Foshan|佛山/);
  await models.getByRole('button', { name: `Open “${title}”` }).click();
  await expect(models.getByRole('listitem').first()).toContainText('open now');
  // The record holds the model added to it, not the draft that was open when the page reloaded.
  expect((JSON.parse(await exportJson(page)) as { meta: { title: string } }).meta.title).toBe(title);

  // Switched off: the next start shows the model alone; the View menu still brings the list.
  await panel(page).getByRole('checkbox', { name: 'Show this list when the app starts' }).uncheck();
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await menu(page, 'View', 'Library panel');
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('checkbox', { name: 'Show this list when the app starts' })).not.toBeChecked();
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a saved version is compared with the open model in the compare panel', async ({ page }) => {
  await openApp(page, '?lang=en');
  await menu(page, 'File', 'Save a version…');
  const ask = page.getByRole('dialog', { name: 'Save a version' });
  await ask.getByRole('textbox', { name: 'Note' }).fill('before the review');
  await ask.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByText('Saved a version: before the review.')).toBeVisible();

  // One change after the version: a node removed.
  const leaf = page.locator('.react-flow__node').filter({ hasNot: page.locator('.react-flow__node') }).last();
  const name = (await leaf.getAttribute('aria-label'))!.replace(/^[^:]*: /, '');
  await leaf.click();
  await page.keyboard.press('Delete');

  await menu(page, 'File', 'Library…');
  const dialog = page.getByRole('dialog', { name: 'Library' });
  await dialog.getByRole('listitem').first().getByRole('button', { name: 'Versions' }).click();
  const version = dialog.getByRole('region', { name: /^Versions of/ }).getByRole('listitem', { name: 'before the review' });
  await version.getByRole('button', { name: 'Compare with current' }).click();
  await expect(dialog).toHaveCount(0);

  const compare = page.getByRole('region', { name: 'Compare models' });
  const summary = compare.getByRole('status');
  await expect(summary).toContainText('Open model compared with “before the review”.');
  await expect(summary).not.toContainText('No differences');
  await expect(compare.getByRole('listitem').filter({ hasText: name }).first()).toBeVisible();
});
