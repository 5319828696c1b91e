/**
 * Issue 10: printed in greyscale (as most journals print), the six relation types of Figure 2 must
 * still look different. This renders the canvas legend, reduces each relation swatch to what a
 * greyscale print keeps — where ink is, not which colour — and compares the swatches pairwise.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodePng, exportImage } from './exportHelpers';
import { openApp, watchErrors } from './helpers';

test.use({ deviceScaleFactor: 2 });

type Mask = { width: number; height: number; ink: Uint8Array };

/** The swatch's pixels in greyscale (Rec. 709 luma), thresholded at half its own darkest ink. */
async function inkMask(swatch: Locator): Promise<Mask> {
  return maskOf(await swatch.screenshot({ scale: 'device', animations: 'disabled' }));
}

function maskOf(bytes: Buffer): Mask {
  const png = decodePng(bytes);
  const grey = new Float64Array(png.width * png.height);
  for (let i = 0; i < grey.length; i++) {
    const [r, g, b] = [png.data[i * 4], png.data[i * 4 + 1], png.data[i * 4 + 2]];
    grey[i] = 255 - (0.2126 * r + 0.7152 * g + 0.0722 * b);
  }
  const darkest = Math.max(...grey);
  expect(darkest, 'the swatch shows some ink').toBeGreaterThan(60);
  return { width: png.width, height: png.height, ink: Uint8Array.from(grey, (v) => (v > darkest / 2 ? 1 : 0)) };
}

/** Share of inked pixels (in either swatch) that are inked in only one of them. */
function difference(a: Mask, b: Mask): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let either = 0;
  let one = 0;
  for (let i = 0; i < a.ink.length; i++) {
    if (a.ink[i] || b.ink[i]) either++;
    if (a.ink[i] !== b.ink[i]) one++;
  }
  return either === 0 ? 0 : one / either;
}

async function relationMasks(page: Page): Promise<Map<string, Mask>> {
  const list = page.getByRole('region', { name: 'Legend' }).getByRole('list', { name: 'Relations' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(6);
  const masks = new Map<string, Mask>();
  for (const item of await items.all()) masks.set((await item.textContent()) ?? '', await inkMask(item.locator('svg')));
  return masks;
}

/** Below this share of differing ink, two swatches read as the same line in print. */
const SAME = 0.15;

test('Figure 2: the six relation types differ in a greyscale print of the legend', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?example=figure-2&lang=en');
  const masks = await relationMasks(page);
  expect([...masks.keys()].sort()).toEqual(['Co-builds', 'Cooperates with', 'Motivates', 'Provides', 'Supports', 'Takes part with']);
  const names = [...masks.keys()];
  const pairs: string[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const d = difference(masks.get(names[i])!, masks.get(names[j])!);
      if (d < SAME) pairs.push(`${names[i]} ~ ${names[j]} (${d.toFixed(3)})`);
    }
  }
  expect(pairs, 'pairs that print alike').toEqual([]);
  expect(errors).toEqual([]);
});

test('the check sees through colour: two types restyled alike print alike', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  // Give "Supports" the look of "Motivates" (dashed, 1.2 px, open head) in the vocabulary editor;
  // only their colours still differ.
  await page.getByRole('toolbar').getByRole('button', { name: 'Edit vocabulary', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Vocabulary' });
  const row = dialog.getByRole('group', { name: 'Supports' });
  await row.getByRole('combobox', { name: 'Line', exact: true }).selectOption('dashed');
  await row.getByRole('combobox', { name: 'Line width' }).selectOption('1.2');
  await row.getByRole('combobox', { name: 'Arrowhead shape' }).selectOption('open');
  await dialog.getByRole('button', { name: 'Done' }).click();
  const masks = await relationMasks(page);
  expect(difference(masks.get('Supports')!, masks.get('Motivates')!)).toBeLessThan(SAME);
  expect(difference(masks.get('Supports')!, masks.get('Provides')!)).toBeGreaterThan(SAME);
});

test('the exported SVG draws the same widths and heads, and its legend prints apart in greyscale too', async ({ page }) => {
  await openApp(page, '?example=figure-2&lang=en');
  const widths = await page.locator('path.react-flow__edge-path').evaluateAll((paths) => paths.map((p) => getComputedStyle(p).strokeWidth).sort());
  const file = await exportImage(page, { format: 'SVG', size: '1×', legend: true });
  const svg = file.bytes.toString('utf8');
  // Show the file itself (not the app) and look at it as a reader would.
  await page.setContent(`<!doctype html><body style="margin:0;background:#fff">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  const drawn = await page.locator('svg path.tm-edge').evaluateAll((paths) => paths.map((p) => `${p.getAttribute('stroke-width')}px`).sort());
  expect(drawn).toEqual(widths);
  // Six types: one marker per head and end in use (cooperates and takes part have two ends).
  expect(await page.locator('svg marker').count()).toBe(8);
  const swatches = page.locator('svg .tm-legend > g');
  await expect(swatches).toHaveCount(6);
  const masks: Mask[] = [];
  // The same box around each swatch (its heads differ in size, so not the swatch's own bounds):
  // at 1× one SVG unit is one CSS px, and the SVG sits at the page's corner.
  for (const transform of await swatches.evaluateAll((gs) => gs.map((g) => g.getAttribute('transform') ?? ''))) {
    const [x, y] = (/translate\(([-\d.]+) ([-\d.]+)\)/.exec(transform) ?? []).slice(1).map(Number);
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    masks.push(maskOf(await page.screenshot({ clip: { x, y: y - 5, width: 56, height: 22 }, scale: 'device', animations: 'disabled' })));
  }
  for (let i = 0; i < masks.length; i++) {
    for (let j = i + 1; j < masks.length; j++) expect(difference(masks[i], masks[j]), `swatches ${i} and ${j}`).toBeGreaterThan(SAME);
  }
});
