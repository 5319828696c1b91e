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

/**
 * Waits until the edge router's routes are drawn (issue 10): until then edges are straight
 * provisional lines, and they move when the routes arrive, so a test that grabs an edge's grip
 * must wait for them as a person waits for the figure to settle.
 */
export async function routesDrawn(page: Page) {
  await expect
    .poll(() => page.locator('path.react-flow__edge-path').evaluateAll((ps) => ps.filter((p) => (p.getAttribute('d') ?? '').split('L').length > 2).length), { timeout: 20_000 })
    .toBeGreaterThan(3);
}
