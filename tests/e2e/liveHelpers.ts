import { expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** The header's live-session region: status, people, refusals. */
export const liveRegion = (page: Page) => page.getByRole('region', { name: 'Live session' });

/**
 * Opens the app in English and starts a live session on `serverUrl` as a person would (File →
 * Start live session), waits until it is online and gives back the edit and read-only links.
 */
export async function startLive(page: Page, serverUrl: string): Promise<{ edit: string; read: string }> {
  await openApp(page, '?lang=en');
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Start live session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Live session' });
  await dialog.getByRole('textbox', { name: 'Server' }).fill(serverUrl);
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  const edit = dialog.getByRole('textbox', { name: 'Edit link' });
  await expect(edit).toHaveValue(/#live=/);
  const links = { edit: await edit.inputValue(), read: await dialog.getByRole('textbox', { name: 'Read-only link' }).inputValue() };
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(liveRegion(page).getByRole('status')).toHaveText('Online', { timeout: 30_000 });
  return links;
}
