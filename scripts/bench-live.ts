/**
 * Live-session drag (issue 15): the editor's drag frame times while a second person is in the
 * same room of the real co-editing server (server/testServer.ts), so every drag frame is sent to
 * the peer. Run by `npm run bench` (full runs) against its build, or on its own:
 *
 *   npx tsx scripts/bench-live.ts --url=http://127.0.0.1:4420/ --n=500 --runs=3
 *
 * Prints one table row per N: drag p50/p95 in A alone (before the session) and with B in the room.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startFrames, stopFrames } from '../bench/page';
import { runServer } from '../server/testServer';
import { bigModel } from '../src/io/export/testing/bigModel';
import { serializeModel } from '../src/io/serialize';
import { median, p } from './bench/stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const url = flag('url') ?? 'http://127.0.0.1:4420/';
const sizes = (flag('n') ?? '500').split(',').map(Number);
const runs = Number(flag('runs') ?? 3);

async function open(browser: Browser, href: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await context.addInitScript('globalThis.__name = (f) => f');
  const page = await context.newPage();
  await page.goto(href);
  await page.locator('.react-flow__node').first().waitFor();
  return page;
}

/** A 60-step drag of the node nearest the pane's centre; the frame durations. */
async function dragFrames(page: Page): Promise<number[]> {
  const box = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { x: number; y: number; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const b = el.getBoundingClientRect();
      const x = b.left + b.width / 2;
      const y = b.top + Math.min(b.height / 2, 12);
      if (!el.contains(document.elementFromPoint(x, y))) continue;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  });
  if (!box) return [NaN];
  await page.evaluate(startFrames);
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(box.x + i * 2, box.y + i);
  await page.mouse.up();
  return page.evaluate(stopFrames);
}

async function once(browser: Browser, serverUrl: string, n: number) {
  const a = await open(browser, `${url}?lang=en`);
  const [chooser] = await Promise.all([a.waitForEvent('filechooser'), a.getByRole('toolbar').getByRole('button', { name: 'Import JSON', exact: true }).click()]);
  await chooser.setFiles({ name: 'live.json', mimeType: 'application/json', buffer: Buffer.from(serializeModel(bigModel({ nodes: n, groups: 0, edgesPerNode: 1.5 }))) });
  await a.locator('.react-flow__node').nth(n - 1).waitFor({ timeout: 120_000 });
  await a.locator('.react-flow__controls-fitview').click();
  await a.waitForTimeout(800);
  const alone = await dragFrames(a);
  await a.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
  await a.getByRole('menuitem', { name: 'Start live session' }).click();
  const dialog = a.getByRole('dialog', { name: 'Live session' });
  await dialog.getByRole('textbox', { name: 'Server' }).fill(serverUrl);
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  const edit = dialog.getByRole('textbox', { name: 'Edit link' });
  await edit.waitFor();
  for (let i = 0; i < 300 && !/#live=/.test(await edit.inputValue()); i++) await a.waitForTimeout(100);
  const link = await edit.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  const b = await open(browser, link.replace(/\?[^#]*/, '?lang=en'));
  await b.locator('.react-flow__node').nth(n - 1).waitFor({ timeout: 120_000 });
  await a.waitForTimeout(1000);
  const shared = await dragFrames(a);
  // The peer receives the drag: wait until the moved positions arrived, so the run is complete.
  await b.waitForTimeout(1000);
  await a.context().close();
  await b.context().close();
  return { alone, shared };
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-live-'));
const server = await runServer(dataDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  console.log(`\nLive session: drag in A with B in the same room · load ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores · ${runs} runs, medians\n`);
  console.log('| N | drag p50 alone | drag p95 alone | drag p50 with a peer | drag p95 with a peer |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const rows: { alone: number[]; shared: number[] }[] = [];
    for (let i = 0; i < runs; i++) rows.push(await once(browser, server.url, n));
    const m = (pick: (r: { alone: number[]; shared: number[] }) => number[], q: number) => median(rows.map((r) => p(pick(r), q)));
    const f = (x: number) => x.toFixed(1);
    console.log(`| ${n} | ${f(m((r) => r.alone, 0.5))} | ${f(m((r) => r.alone, 0.95))} | ${f(m((r) => r.shared, 0.5))} | ${f(m((r) => r.shared, 0.95))} |`);
  }
} finally {
  await browser.close();
  await server.stop();
}
