/**
 * Export benchmark: PNG and SVG of Figure 2 and of a 500-element model, in the system Chromium
 * against a production build, through the real dialog (click "Download" → file).
 *
 *   npx tsx scripts/bench-export.ts [--runs=5] [--url=http://127.0.0.1:4404] [--no-write]
 *
 * Without --url it builds to /tmp/dist-bench-export and serves it with `vite preview` on
 * BENCH_PORT (default 4404), then stops that server. Each case: one warm-up, then `runs` timed
 * exports; the median is reported. "in-app" is the app's own performance.measure around the
 * export (tm:export:png / tm:export:svg), "to file" is click → download event. Memory: JS heap
 * after a forced GC, and the peak JS heap sampled every 20 ms during the exports (canvas pixel
 * memory is outside the JS heap and not counted). The table replaces the "## Export" section of
 * docs/performance.md (other sections are left alone).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { bigModel } from '../src/io/export/testing/bigModel';
import { serializeModel } from '../src/io/serialize';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const runs = Number(flag('runs') ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4404);
const write = !args.includes('--no-write');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function run(cmd: string, cmdArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${cmdArgs.join(' ')} exited ${code}`))));
  });
}

async function startPreview(): Promise<{ url: string; server?: ChildProcess }> {
  const given = flag('url');
  if (given) return { url: given };
  const dist = '/tmp/dist-bench-export';
  await run('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn']);
  const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, server };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${url}`);
}

type Sample = { inApp: number; toFile: number; cpu: number; parts: Record<string, number> };

/**
 * CPU seconds used so far by all of Chromium's processes (renderer, GPU, browser). Wall time on a
 * shared, loaded machine says little; CPU time is close to what the export takes on an idle one.
 */
async function cpuSeconds(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
  await cdp.detach();
  return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
}

async function exportOnce(page: Page, format: 'PNG' | 'SVG'): Promise<Sample> {
  await page.evaluate(() => performance.clearMeasures());
  await page.getByRole('toolbar').getByRole('button', { name: `Export ${format}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByRole('combobox', { name: 'Size' }).selectOption({ label: '2×' });
  await dialog.getByTestId('export-output').waitFor();
  const browser = page.context().browser()!;
  const cpuStart = await cpuSeconds(browser);
  const start = Date.now();
  // The click's event handler runs the export; a large model keeps the page busy for a while.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), dialog.getByRole('button', { name: 'Download' }).click({ timeout: 600_000 })]);
  await download.path();
  const toFile = Date.now() - start;
  const cpu = (await cpuSeconds(browser)) - cpuStart;
  await dialog.waitFor({ state: 'hidden' });
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, m.duration] as const));
  const parts = Object.fromEntries(measures.filter(([n]) => n.startsWith('tm:export')));
  return { inApp: parts[`tm:export:${format.toLowerCase()}`] ?? NaN, toFile, cpu: cpu * 1000, parts };
}

async function heap(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function bench(page: Page, name: string, format: 'PNG' | 'SVG') {
  await exportOnce(page, format); // warm-up
  const before = await heap(page);
  await page.evaluate(() => {
    const w = window as unknown as { __peak: number; __sampler: number };
    w.__peak = 0;
    const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    w.__sampler = window.setInterval(() => {
      if (mem) w.__peak = Math.max(w.__peak, mem.usedJSHeapSize);
    }, 20);
  });
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await exportOnce(page, format));
  const peak = await page.evaluate(() => {
    const w = window as unknown as { __peak: number; __sampler: number };
    clearInterval(w.__sampler);
    return w.__peak;
  });
  const after = await heap(page);
  const partNames = [...new Set(samples.flatMap((s) => Object.keys(s.parts)))].filter((p) => p.split(':').length > 3);
  const parts = partNames.map((p) => `${p.split(':').pop()} ${Math.round(median(samples.map((s) => s.parts[p] ?? NaN)))}`).join(', ');
  const row = { name, format, inApp: median(samples.map((s) => s.inApp)), toFile: median(samples.map((s) => s.toFile)), cpu: median(samples.map((s) => s.cpu)), parts, before, peak, after, all: samples.map((s) => Math.round(s.inApp)) };
  console.log(row);
  return row;
}

const mb = (b: number) => (b > 0 ? `${(b / 1048576).toFixed(0)} MB` : 'n/a');

async function main() {
  const { url, server } = await startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await page.goto(`${url}/?lang=en`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(500);
    const fig2 = JSON.parse(await readFile('examples/figure-2.json', 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    const fig2Label = `Figure 2 (${fig2.nodes.length} nodes incl. groups, ${fig2.edges.length} edges)`;
    const rows = [await bench(page, fig2Label, 'PNG'), await bench(page, fig2Label, 'SVG')];

    const big = bigModel({ nodes: 500 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('toolbar').getByRole('button', { name: 'Import JSON', exact: true }).click()]);
    await chooser.setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(serializeModel(big)) });
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length === n, big.nodes.length, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const label = `Synthetic, seed 42 (${big.nodes.length} nodes incl. groups, ${big.edges.length} edges)`;
    rows.push(await bench(page, label, 'PNG'), await bench(page, label, 'SVG'));

    const version = browser.version();
    const table = [
      `## Export`,
      '',
      `\`npx tsx scripts/bench-export.ts\` (${new Date().toISOString().slice(0, 10)}): Chromium ${version} headless, ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} when it ran. ` +
        `Scale 2×, title and legend on, white background, through the dialog; median of ${runs} after one warm-up. ` +
        '"in-app" is the export itself (performance.measure in figureExport.ts); "to file" adds the dialog and the download; ' +
        '"CPU" is the CPU time all Chromium processes used from click to file (on this shared, loaded machine the closest figure to an idle run). ' +
        'PNG parts: svg = building the app\'s SVG export, raster = decoding that SVG and drawing it at 2×, encode = PNG encoding + pHYs.',
      '',
      '| model | format | in-app (ms) | to file (ms) | CPU (ms) | PNG parts (ms) | JS heap after GC | peak JS heap during runs | in-app runs (ms) |',
      '|---|---|---:|---:|---:|---|---:|---:|---|',
      ...rows.map((r) => `| ${r.name} | ${r.format} | ${Math.round(r.inApp)} | ${Math.round(r.toFile)} | ${Math.round(r.cpu)} | ${r.parts || '—'} | ${mb(r.after)} | ${mb(r.peak)} | ${r.all.join(', ')} |`),
      '',
      'Where the time goes (PNG, issue 15): the app builds its own SVG export (svg), the browser decodes it as an image and draws it',
      'at the planned pixel size (raster), then encodes the PNG and stamps pHYs (encode; cost ∝ pixels: 8 MP for Figure 2 at 2×,',
      '~98 MP for the synthetic model, which the canvas limit reduces to ~1.94×). Before, html-to-image copied ~360 computed style',
      'properties of every staged element (≈3 ms per element) first. The big PNG\'s memory is canvas pixels, not JS heap.',
      '',
    ].join('\n');
    console.log(`\n${table}`);
    if (write) await writeSection('docs/performance.md', table);
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid); // the preview we started (its own process group)
  }
}

/** Replaces the "## Export" section (up to the next "## ") or appends it; other sections stay as they are. */
async function writeSection(path: string, section: string) {
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch {
    text = '# Performance\n\nMeasurements, newest first within each section. Each section says how to reproduce it.\n';
  }
  const start = text.search(/^## Export\s*$/m);
  if (start === -1) text = `${text.trimEnd()}\n\n${section}`;
  else {
    const rest = text.slice(start + 1);
    const next = rest.search(/^## /m);
    text = text.slice(0, start) + section + (next === -1 ? '' : `\n${rest.slice(next)}`);
  }
  await writeFile(path, `${text.trimEnd()}\n`);
  console.log(`wrote the Export section of ${path}`);
}

await main();
