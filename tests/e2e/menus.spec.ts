import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('the menus are reachable and usable by keyboard alone', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const bar = page.getByRole('menubar', { name: 'Menu' });
  await expect(bar).toBeVisible();

  // The menu bar is the first tab stop and one tab stop only.
  await page.keyboard.press('Tab');
  await expect(bar.getByRole('menuitem', { name: 'File' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  const file = page.getByRole('menu', { name: 'File' });
  await expect(file).toBeVisible();
  await expect(file.getByRole('menuitem', { name: 'New model' })).toBeFocused();

  // Escape closes and gives focus back to the menu's title.
  await page.keyboard.press('Escape');
  await expect(file).toBeHidden();
  await expect(bar.getByRole('menuitem', { name: 'File' })).toBeFocused();

  // ↑ opens at the last item; → moves to the next menu, open.
  await page.keyboard.press('ArrowUp');
  await expect(file.getByRole('menuitem', { name: 'Restore previous draft' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const edit = page.getByRole('menu', { name: 'Edit' });
  await expect(edit).toBeVisible();
  await expect(file).toBeHidden();
  // Undo is listed with its shortcut but unavailable on a fresh model.
  await expect(edit.getByRole('menuitem', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true');

  // Back to File, down to "Examples", Enter runs it.
  await page.keyboard.press('ArrowLeft');
  await expect(file.getByRole('menuitem', { name: 'New model' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(file.getByRole('menuitem', { name: 'Examples' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Examples' })).toBeVisible();
  await expect(file).toBeHidden();
  expect(errors).toEqual([]);
});

test('a menu item runs its command, and English says "Replaced 1 occurrence"', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByRole('menubar').getByRole('menuitem', { name: 'Edit' }).click();
  await page.getByRole('menu', { name: 'Edit' }).getByRole('menuitem', { name: 'Find and replace' }).click();
  const panel = page.getByRole('region', { name: 'Find and replace' });
  await panel.getByLabel('Find', { exact: true }).fill('Make a profit');
  await expect(panel.getByRole('status')).toHaveText('Matches: 1');
  await panel.getByLabel('Replace with').fill('Earn an income');
  await panel.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByText('Replaced 1 occurrence. One Undo reverts it.')).toBeVisible();
});
