import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Clicks a toolbar command and returns the file it downloads. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export function toolbarButton(page: Page, name: string) {
  return page.getByRole('toolbar').getByRole('button', { name, exact: true });
}

export async function exportJson(page: Page): Promise<string> {
  const file = await downloadFrom(page, () => toolbarButton(page, 'Export JSON').click());
  expect(file.name.endsWith('.json')).toBe(true);
  return file.bytes.toString('utf8');
}

/** Import JSON through the real file chooser. */
export async function importJson(page: Page, name: string, text: string | Buffer): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), toolbarButton(page, 'Import JSON').click()]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
}

export type ImageChoice = { format?: 'PNG' | 'SVG'; size?: string; title?: boolean; legend?: boolean; background?: 'White' | 'Transparent' };

/** Opens the export dialog, sets the options, downloads. Returns the file and the dialog's output line. */
export async function exportImage(page: Page, choice: ImageChoice = {}) {
  const format = choice.format ?? 'PNG';
  await toolbarButton(page, `Export ${format}`).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: format }).check();
  if (choice.size) await dialog.getByRole('combobox', { name: 'Size' }).selectOption({ label: choice.size });
  if (choice.background) await dialog.getByRole('radio', { name: choice.background }).check();
  await dialog.getByRole('checkbox', { name: 'Include the title' }).setChecked(choice.title ?? true);
  await dialog.getByRole('checkbox', { name: 'Include the legend' }).setChecked(choice.legend ?? true);
  const output = dialog.getByTestId('export-output');
  await expect(output).toBeVisible();
  const outputText = (await output.textContent()) ?? '';
  const file = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
  await expect(dialog).toBeHidden();
  return { ...file, outputText };
}

export function decodePng(bytes: Buffer) {
  return PNG.sync.read(bytes);
}

/** Canvas state a refused import must leave untouched. */
export async function canvasState(page: Page) {
  return {
    title: await page.getByRole('heading', { level: 1 }).textContent(),
    nodes: await page.locator('.react-flow__node').count(),
    edges: await page.locator('.react-flow__edge').count(),
    labels: (await page.locator('.tm-label, .tm-group-title').allTextContents()).sort(),
  };
}
