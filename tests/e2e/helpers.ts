import { expect, type Page } from '@playwright/test';

/** Collects console errors and page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Opens the app and waits until the canvas shows a model. */
export async function openApp(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

/** A node on the canvas, found by its accessible name ("Key actor: 学校"). */
export function node(page: Page, name: string | RegExp) {
  return page.getByRole('group', { name });
}
