import { expect, test, type Page } from '@playwright/test';
import { openApp, routesDrawn, watchErrors } from './helpers';

/**
 * Issue 10: edges go around nodes, labels never collide, and the user's bend points, label
 * positions and edge style are one undo step each. Geometry is checked in the real browser, from
 * what is drawn: every edge path sampled against every node box, every label box against the rest.
 */
async function figureProblems(page: Page) {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((el) => ({ id: el.getAttribute('data-id'), group: el.classList.contains('react-flow__node-group'), r: el.getBoundingClientRect() }));
    const labels = [...document.querySelectorAll('.tm-edge-label')].map((el) => el.getBoundingClientRect());
    const within = (r: DOMRect, p: { x: number; y: number }, pad: number) => p.x > r.left - pad && p.x < r.right + pad && p.y > r.top - pad && p.y < r.bottom + pad;
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const problems: string[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')) {
      const len = path.getTotalLength();
      const m = path.getScreenCTM()!;
      const pts: DOMPoint[] = [];
      for (let l = 0; l <= len; l += 2) {
        const q = path.getPointAtLength(l);
        pts.push(new DOMPoint(q.x, q.y).matrixTransform(m));
      }
      const a = pts[0];
      const b = pts[pts.length - 1];
      for (const n of nodes) {
        if (within(n.r, a, 4) || within(n.r, b, 4)) continue; // its own ends (and the groups they are in)
        const inset = n.group ? 0 : 1;
        const r = new DOMRect(n.r.left + inset, n.r.top + inset, n.r.width - 2 * inset, n.r.height - 2 * inset);
        if (pts.some((p) => within(r, p, 0))) problems.push(`${path.id} through ${n.id}`);
      }
    }
    labels.forEach((l, i) => {
      for (const n of nodes) if (!n.group && overlap(l, n.r)) problems.push(`label ${i} on ${n.id}`);
      labels.slice(i + 1).forEach((o, j) => overlap(l, o) && problems.push(`label ${i} on label ${i + 1 + j}`));
    });
    return problems;
  });
}

const waitForRoutes = routesDrawn;

for (const example of ['figure-2', 'figure-1']) {
  for (const lang of ['zh', 'en']) {
    test(`${example} (${lang}): no edge through a node that is not its end, no label on a node or a label`, async ({ page }) => {
      const errors = watchErrors(page);
      await openApp(page, `?example=${example}&lang=${lang}`);
      await waitForRoutes(page);
      expect(await figureProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('the edge style is the model’s: choosing Curved draws curves, one Undo goes back', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  await waitForRoutes(page);
  const curves = () => page.locator('path.react-flow__edge-path').evaluateAll((ps) => ps.filter((p) => (p.getAttribute('d') ?? '').includes('C')).length);
  expect(await curves()).toBe(0);
  await page.getByLabel('Edge style').selectOption('curved');
  await expect.poll(curves, { timeout: 20_000 }).toBeGreaterThan(3);
  expect(await figureProblems(page).then((p) => p.filter((x) => x.includes('through')))).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Edge style')).toHaveValue('orthogonal');
  await expect.poll(curves, { timeout: 20_000 }).toBe(0);
});

test('on a selected edge, dragging the dot adds a bend point; Delete removes it; each is one undo step', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  await waitForRoutes(page);
  // Clicking a label selects its edge.
  const label = page.locator('.tm-edge-label', { hasText: 'Cooperates with' }).first();
  await label.click();
  const add = page.getByRole('button', { name: 'Drag to add a bend point' }).first();
  await expect(add).toBeVisible();
  const box = (await add.boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 10, { steps: 4 });
  await page.mouse.move(from.x + 80, from.y + 20, { steps: 8 });
  await page.mouse.up();
  const bend = page.getByRole('button', { name: /^Bend point 1 of this edge/ });
  await expect(bend).toBeVisible();
  const b = (await bend.boundingBox())!;
  expect(Math.abs(b.x + b.width / 2 - (from.x + 80))).toBeLessThan(3);
  await bend.focus();
  await page.keyboard.press('Delete');
  await expect(bend).toHaveCount(0);
  // The edge itself is still there (Delete on a bend must not delete the edge).
  await expect(page.locator('.tm-edge-label', { hasText: 'Cooperates with' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(bend).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(bend).toHaveCount(0);
});

test('dragging a label moves it beside its edge and keeps it there after rerouting; Undo puts it back', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  await waitForRoutes(page);
  const label = page.locator('.tm-edge-label', { hasText: 'Provides' }).first();
  const before = (await label.boundingBox())!;
  const c = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 10, c.y - 5, { steps: 3 });
  await page.mouse.move(c.x + 30, c.y - 24, { steps: 6 });
  await page.mouse.up();
  await page.waitForTimeout(1500); // a reroute runs after the edit
  const after = (await label.boundingBox())!;
  expect(Math.abs(after.x - before.x - 30)).toBeLessThan(4);
  expect(Math.abs(after.y - before.y + 24)).toBeLessThan(4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Math.round((await label.boundingBox())!.x)).toBe(Math.round(before.x));
});
