import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { estimateLabelSize } from '../../src/store/layoutInput';
import { openApp, watchErrors } from './helpers';
import { largeModel } from './layoutModel';

type Box = { x: number; y: number; width: number; height: number };
type FileNode = { id: string; kind: string; parent?: string };

const figure2 = JSON.parse(readFileSync(new URL('../../examples/figure-2.json', import.meta.url), 'utf8')) as { nodes: FileNode[] };

/** Every node's on-screen box and its `transform` (React Flow's position), by node id. */
async function nodeBoxes(page: Page): Promise<Map<string, Box & { transform: string }>> {
  const list = await page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id')!, x: r.x, y: r.y, width: r.width, height: r.height, transform: (el as HTMLElement).style.transform };
    }),
  );
  return new Map(list.map((b) => [b.id, b]));
}

const transforms = async (page: Page) => new Map([...(await nodeBoxes(page))].map(([id, b]) => [id, b.transform]));

/** Waits until no layout runs and the node positions have stopped changing (the animation is over). */
async function settled(page: Page) {
  await expect(page.locator('.tm-layout-running')).toHaveCount(0, { timeout: 30_000 });
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify([...(await transforms(page))]);
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [150], timeout: 10_000 })
    .toBe(true);
}

const intersects = (a: Box, b: Box, slack = 0.5) =>
  a.x < b.x + b.width - slack && b.x < a.x + a.width - slack && a.y < b.y + b.height - slack && b.y < a.y + a.height - slack;
const inside = (child: Box, parent: Box, slack = 1) =>
  child.x >= parent.x - slack && child.y >= parent.y - slack &&
  child.x + child.width <= parent.x + parent.width + slack && child.y + child.height <= parent.y + parent.height + slack;

test('Auto layout (Figure) on Figure 2: no overlapping siblings, every child inside its group; Undo restores the positions exactly', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const before = await transforms(page);

  const button = page.getByRole('toolbar').getByRole('button', { name: 'Auto layout', exact: true });
  await button.click();
  // While the worker starts and lays out: progress, and a way out.
  await expect(page.getByRole('button', { name: 'Cancel layout' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Laying out…' })).toHaveCount(1);
  await settled(page);
  const boxes = await nodeBoxes(page);
  expect(boxes.size).toBe(figure2.nodes.length);
  const moved = [...boxes].filter(([id, b]) => b.transform !== before.get(id)).length;
  expect(moved).toBeGreaterThan(figure2.nodes.length / 2);

  // Siblings (same parent, groups included) never overlap; children lie inside their group.
  const overlaps: string[] = [];
  for (const a of figure2.nodes) {
    for (const b of figure2.nodes) {
      if (a.id < b.id && a.parent === b.parent && intersects(boxes.get(a.id)!, boxes.get(b.id)!)) overlaps.push(`${a.id} × ${b.id}`);
    }
  }
  expect(overlaps).toEqual([]);
  const outside = figure2.nodes.filter((n) => n.parent && !inside(boxes.get(n.id)!, boxes.get(n.parent)!)).map((n) => n.id);
  expect(outside).toEqual([]);

  // Bands: every driver is left of every actor, every actor left of every resource.
  const xs = (kind: string) => figure2.nodes.filter((n) => n.kind === kind).map((n) => boxes.get(n.id)!);
  expect(Math.max(...xs('driver').map((b) => b.x + b.width))).toBeLessThan(Math.min(...xs('actor').map((b) => b.x)));
  expect(Math.max(...xs('actor').map((b) => b.x + b.width))).toBeLessThan(Math.min(...xs('resource').map((b) => b.x)));

  // One undo step: Undo brings back every node's exact position, Redo the laid-out one.
  const after = await transforms(page);
  await page.getByRole('toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => JSON.stringify([...(await transforms(page))])).toBe(JSON.stringify([...before]));
  await page.getByRole('toolbar').getByRole('button', { name: 'Redo' }).click();
  await expect.poll(async () => JSON.stringify([...(await transforms(page))])).toBe(JSON.stringify([...after]));
  expect(errors).toEqual([]);
});

test('the edge-label estimate given to ELK is never smaller than the labels drawn, and not much larger', async ({ page }) => {
  await openApp(page, '?lang=zh');
  // The Chinese UI names the split button's two parts.
  await expect(page.getByRole('toolbar').getByRole('button', { name: '自动布局', exact: true })).toBeEnabled();
  await expect(page.getByRole('toolbar').getByRole('button', { name: '布局选项' })).toHaveAttribute('aria-haspopup', 'menu');
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  // offsetWidth/Height are layout sizes, before the viewport's zoom.
  const labels = await page.locator('.tm-edge-label').evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight })));
  expect(labels.length).toBeGreaterThan(10);
  expect(zoom).toBeGreaterThan(0);
  for (const label of labels) {
    const estimate = estimateLabelSize(label.text)!;
    expect(estimate.width, label.text).toBeGreaterThanOrEqual(label.width);
    expect(estimate.width, label.text).toBeLessThanOrEqual(label.width * 1.35 + 4);
    expect(estimate.height, label.text).toBeGreaterThanOrEqual(label.height);
  }
});

test('the layout menu: radio choices, disabled without the selection they need, Figure settings stored as an undoable edit', async ({ page }) => {
  await openApp(page, '?lang=en');
  const options = page.getByRole('button', { name: 'Layout options' });
  await expect(options).toHaveAttribute('aria-haspopup', 'menu');
  await options.click();
  await expect(options).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu', { name: 'Layout options' });
  const items = menu.getByRole('menuitemradio');
  await expect(items).toHaveText(['Figure (bands by kind)', 'Layered, left → right', 'Layered, top → down', 'Organic (small models)', 'Radial around the selected node', 'Selection only']);
  await expect(menu.getByRole('menuitemradio', { name: 'Figure (bands by kind)' })).toHaveAttribute('aria-checked', 'true');
  await expect(menu.getByRole('menuitemradio', { name: 'Radial around the selected node' })).toBeDisabled();
  await expect(menu.getByRole('menuitemradio', { name: 'Selection only' })).toBeDisabled();
  // Keyboard: the checked item has focus, arrows move, Escape closes back to the button.
  await expect(menu.getByRole('menuitemradio', { name: 'Figure (bands by kind)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: 'Layered, left → right' })).toBeFocused();

  // Figure settings: a direction change is one undo step.
  await page.getByRole('radio', { name: 'Top → down' }).check();
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Undo' })).toBeEnabled();
  await expect(page.getByRole('combobox', { name: 'Band for Driver' })).toHaveValue('0');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(options).toBeFocused();

  // Choosing a layout runs it and remembers it.
  await options.click();
  await menu.getByRole('menuitemradio', { name: 'Layered, top → down' }).click();
  await expect(menu).toHaveCount(0);
  await settled(page);
  await options.click();
  await expect(menu.getByRole('menuitemradio', { name: 'Layered, top → down' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');

  // One selected node enables Radial.
  await page.getByRole('group', { name: 'Key actor: School' }).click();
  await options.click();
  await expect(menu.getByRole('menuitemradio', { name: 'Radial around the selected node' })).toBeEnabled();
  await expect(menu.getByRole('menuitemradio', { name: 'Selection only' })).toBeEnabled();
});

test('a 500-node model is laid out in the worker while the page stays responsive', async ({ page }, info) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openApp(page, '?lang=en');
  const file = info.outputPath('layout-500.json');
  const model = largeModel(500);
  writeFileSync(file, JSON.stringify(model));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON' }).click();
  await (await chooser).setFiles(file);
  await expect(page.locator('.react-flow__node')).toHaveCount(model.nodes.length, { timeout: 20_000 });
  await page.waitForTimeout(1000); // let the import settle (measuring, framing)

  // Cancel: the worker is stopped, nothing moves, and the app says so.
  const imported = await transforms(page);
  await page.getByRole('toolbar').getByRole('button', { name: 'Auto layout', exact: true }).click();
  await page.getByRole('button', { name: 'Cancel layout' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Layout cancelled; nothing moved.' })).toBeVisible();
  await expect(page.locator('.tm-layout-running')).toHaveCount(0);
  expect(JSON.stringify([...(await transforms(page))])).toBe(JSON.stringify([...imported]));

  // Long tasks (> 50 ms) on the main thread from the click on. The app marks its own phases
  // (User Timing): tm:layout:run = click → plan (ELK works in its worker meanwhile),
  // tm:layout:apply = the one commit and the animation.
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[]; __click: number };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    w.__click = performance.now();
  });
  // CSS locators from here until the layout is over: role queries make Playwright walk the
  // accessibility of a 2,000-element DOM on the page's main thread, which would be measured too.
  await page.locator('.tm-layout-run').click();
  const cancel = page.locator('.tm-layout-running button');
  await expect(cancel).toBeVisible();

  // The canvas answers while ELK works: zooming in changes the viewport while the layout still runs.
  const scale = () => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const zoomBefore = await scale();
  const clickedAt = Date.now();
  await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(scale, { timeout: 3_000 }).toBeGreaterThan(zoomBefore);
  const answeredIn = Date.now() - clickedAt;
  await expect(cancel).toBeVisible(); // still running: the zoom was answered during the layout

  await page.waitForFunction(() => performance.getEntriesByName('tm:layout:apply').length > 0, null, { timeout: 60_000, polling: 500 });
  await page.waitForTimeout(500);
  const { tasks, click, run, apply } = await page.evaluate(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[]; __click: number };
    const span = (name: string) => {
      const e = performance.getEntriesByName(name).at(-1)!;
      return { start: e.startTime, end: e.startTime + e.duration };
    };
    return { tasks: w.__tasks, click: w.__click, run: span('tm:layout:run'), apply: span('tm:layout:apply') };
  });
  // A task belongs to the phase it ends in: the one receiving ELK's answer also commits the result.
  const during = tasks.filter((t) => t.start + t.duration > click && t.start + t.duration <= run.end);
  const applying = tasks.filter((t) => t.start + t.duration > run.end);
  const max = (list: { duration: number }[]) => Math.round(Math.max(0, ...list.map((t) => t.duration)));
  const report = {
    layoutMs: Math.round(run.end - run.start),
    longestTaskWhileRunningMs: max(during),
    longTasksWhileRunning: during.length,
    longestTaskApplyingMs: max(applying),
    applyMs: Math.round(apply.end - apply.start),
    zoomAnsweredInMs: answeredIn,
  };
  info.annotations.push({ type: 'layout-500', description: JSON.stringify(report) });
  console.log('layout-500', JSON.stringify(report));
  // ELK runs in its worker: on the main thread the 500-node layout itself would be one task of
  // several seconds. The bound tells those apart with room for a loaded machine (the task measured
  // 60–260 ms alone and 762 ms once under load 10 — issue 15 forbids timing goals as assertions).
  expect(report.longestTaskWhileRunningMs).toBeLessThan(1_500);

  // The result was applied: an undo step exists and no two top-level element nodes overlap.
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Undo' })).toBeEnabled();
  const boxes = await nodeBoxes(page);
  const top = model.nodes.filter((n) => !n.parent && n.kind !== 'group').map((n) => boxes.get(n.id)!);
  let overlapping = 0;
  for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) if (intersects(top[i], top[j])) overlapping++;
  expect(overlapping).toBe(0);
  expect(errors).toEqual([]);
});
