import { expect, test, type Page } from '@playwright/test';
import { downloadFrom, exportImage } from './exportHelpers';
import { node, openApp, watchErrors } from './helpers';

/** How opaque the node is drawn (focus and legend filters dim by opacity). */
const opacity = (page: Page, name: RegExp) => node(page, name).evaluate((el) => Number(getComputedStyle(el).opacity));

test('Focus on 学生 dims every element beyond one hop, and Esc restores (Chinese UI)', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?example=figure-2&lang=zh');
  await node(page, /^关键主体：学生$/).click();
  await page.keyboard.press('f');
  await expect(page.getByRole('status').filter({ hasText: '已聚焦于“学生”' })).toBeVisible();
  // One hop: the student's own drivers and the actors it takes part with stay; the rest dims.
  expect(await opacity(page, /^关键主体：学生$/)).toBe(1);
  expect(await opacity(page, /：主持创业项目$/)).toBe(1);
  expect(await opacity(page, /^关键主体：学校$/)).toBe(1);
  expect(await opacity(page, /：实现盈利$/)).toBeLessThan(0.5);
  expect(await opacity(page, /^关键主体："1\+X"培训评价组织$/)).toBeLessThan(0.5);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: '已聚焦' })).toHaveCount(0);
  expect(await opacity(page, /：实现盈利$/)).toBe(1);
  expect(errors).toEqual([]);
});

test('Hiding the "Motivates" relation in the legend hides its edges, in the legend and in the export', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  const legend = page.getByRole('region', { name: 'Legend' });
  const motivates = legend.getByRole('button', { name: /^Motivates:/ });
  const edges = page.getByRole('group', { name: /: Motivates$/ });
  const before = await edges.count();
  expect(before).toBe(13);
  await motivates.click(); // shown → dimmed
  await expect(legend.getByRole('button', { name: /^Motivates: dimmed/ })).toBeVisible();
  await legend.getByRole('button', { name: /^Motivates:/ }).click(); // dimmed → hidden
  await expect(legend.getByRole('button', { name: /^Motivates: hidden/ })).toBeVisible();
  await expect(edges).toHaveCount(0);
  // Other relations stay.
  await expect(page.getByRole('group', { name: /: Takes part with$/ }).first()).toBeVisible();
  const svg = await exportImage(page, { format: 'SVG' });
  const text = svg.bytes.toString('utf8');
  expect(text).not.toContain('>Motivates<');
  expect(text).toContain('Takes part with');
  await legend.getByRole('button', { name: /^Motivates:/ }).click(); // hidden → shown
  await expect(edges).toHaveCount(before);
});

test('At fit view the legend covers no element', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  const legend = (await page.getByRole('region', { name: 'Legend' }).boundingBox())!;
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  for (const b of boxes) {
    const overlaps = b.x < legend.x + legend.width && legend.x < b.x + b.width && b.y < legend.y + legend.height && legend.y < b.y + b.height;
    expect(overlaps).toBe(false);
  }
});

test('Comparing Figure 1 with Figure 2 lists 网店创业 as removed and 校企合作项目 as added; a foreign file changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?example=figure-1&lang=en');
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Compare with another model…' }).click();
  const panel = page.getByRole('region', { name: 'Compare models' });
  await panel.getByRole('combobox', { name: 'Bundled example' }).selectOption('figure-2');
  await panel.getByRole('button', { name: 'Compare with example' }).click();
  const drivers = panel.getByRole('region', { name: 'Driver' });
  // English diagram: 网店创业 is "Start an online shop", 校企合作项目 "School–enterprise cooperation projects".
  await expect(drivers.getByRole('listitem').filter({ hasText: 'Start an online shop' })).toContainText('removed');
  await expect(drivers.getByRole('listitem').filter({ hasText: 'Start a self-media business' })).toContainText('removed');
  await expect(panel.getByRole('region', { name: 'Key resource' }).getByRole('listitem').filter({ hasText: 'School–enterprise cooperation projects' })).toContainText('added');
  const csv = await downloadFrom(page, () => panel.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.name).toBe('comparison.csv');
  expect(csv.bytes.toString('utf8')).toContain('removed,Driver,Start an online shop');

  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Compare with a file…' }).click();
  await (await chooser).setFiles({ name: 'drawing.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"excalidraw","elements":[]}') });
  await expect(panel.getByRole('alert')).toContainText('Cannot compare with “drawing.json”');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  expect(errors).toEqual([]);
});
