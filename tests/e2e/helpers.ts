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

/**
 * Waits until the view stops moving (an Add pans to show the new node, a fit animates): a person
 * aims at the canvas once it is still. Two readings of the viewport's transform 250 ms apart agree.
 */
export async function viewportSettled(page: Page) {
  const read = () => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  let last = await read();
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(250);
        const now = await read();
        const still = now === last;
        last = now;
        return still;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
}

/** The node's place on the canvas in flow coordinates (React Flow positions nodes with a translate). */
export async function flowPosition(page: Page, name: RegExp) {
  const transform = await node(page, name).evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(transform);
  if (!m) throw new Error(`unexpected transform: ${transform}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

/** Drags a node with the mouse, in small steps like a hand would. */
export async function dragNode(page: Page, name: RegExp, dx: number, dy: number) {
  const box = (await node(page, name).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) await page.mouse.move(x + (dx * i) / 15, y + (dy * i) / 15);
  await page.mouse.up();
}
