/**
 * What the main thread does while a large layout is applied (issue 15): imports the seeded
 * N-node model (tests/e2e/layoutModel.ts), runs Auto layout (Figure preset) twice — run 1 cold
 * (fresh worker, chunks not loaded yet), run 2 warm (after Undo) — and reports every long task
 * (PerformanceObserver 'longtask', > 50 ms) from the moment the plan is ready (`tm:layout:run`
 * ends) until `--settle` ms after `tm:layout:settled` (ELK's routes and labels shown), so the
 * routes, autosave and derived work that follow the reveal are counted too.
 *
 *   npx vite build --minify false --outDir dist-apply && npx vite preview --outDir dist-apply --port 4513 --strictPort &
 *   npx tsx scripts/profile-apply.ts [n=500] [--url=http://127.0.0.1:4513/] [--settle=3000] [--profile] [--runs=2]
 *
 * With --profile a DevTools CPU profile (CDP Profiler) is taken from the click on; for every long
 * task the samples inside it are summarised (self time by module, the innermost app frame or
 * component, and inclusive time of non-React frames), and the raw profile is written to /tmp.
 * Build with `--minify false`: the summary maps lines to modules by the build's `// src/…` headers.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { largeModel } from '../tests/e2e/layoutModel';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const n = Number(args.find((a) => !a.startsWith('--')) ?? 500);
const url = flag('url') ?? 'http://127.0.0.1:4513/';
const settle = Number(flag('settle') ?? 3000);
const runs = Math.max(1, Number(flag('runs') ?? 2));
const profile = args.includes('--profile');

function instrument() {
  const w = window as unknown as { __tasks: { start: number; duration: number }[] };
  w.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
}

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

/** Module of each line of the served chunks (an unminified build keeps `// src/...` headers). */
const modules = new Map<string, { line: number; mod: string }[]>();
async function loadModules(p: Profile) {
  for (const u of new Set(p.nodes.map((nd) => nd.callFrame.url).filter((u) => u.startsWith('http')))) {
    if (modules.has(u)) continue;
    const text = await (await fetch(u)).text();
    const marks: { line: number; mod: string }[] = [];
    text.split('\n').forEach((l, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)/.exec(l);
      if (m) marks.push({ line: i, mod: m[1].replace(/^node_modules\//, '') });
    });
    modules.set(u, marks);
  }
}
function moduleOf(url: string, line: number): string {
  const marks = modules.get(url) ?? [];
  let mod = url.split('/').pop() ?? '';
  for (const m of marks) if (m.line <= line) mod = m.mod;
  return mod;
}

/**
 * Where each long task's time went: self time by module, each sample charged to the innermost
 * app frame (src/) or component, and inclusive time of the frames outside React itself.
 * `offsetUs` maps performance.now() (ms) onto the profile's clock (µs).
 */
function summarise(p: Profile, windows: { at: number; ms: number }[], offsetUs: number): string[] {
  const byId = new Map(p.nodes.map((nd) => [nd.id, nd] as const));
  const parent = new Map<number, number>();
  for (const nd of p.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const mod = (nd: Node) => (nd.callFrame.url ? moduleOf(nd.callFrame.url, nd.callFrame.lineNumber) : nd.callFrame.functionName);
  const idle = (id: number) => byId.get(id)!.callFrame.functionName === '(idle)';
  const lines: string[] = [];
  let t = p.startTime;
  const times = p.timeDeltas.map((d) => (t += d));
  for (const w of windows) {
    const from = w.at * 1000 + offsetUs;
    const to = from + w.ms * 1000;
    const i = times.findIndex((x) => x >= from);
    let j = i;
    while (j >= 0 && j < times.length && times[j] < to) j++;
    if (i < 0) continue;
    {
      const self = new Map<string, number>();
      const app = new Map<string, number>();
      const incl = new Map<string, number>();
      for (let k = i; k < j; k++) {
        const dt = (times[k + 1] ?? times[k]) - times[k];
        const leaf = byId.get(p.samples[k])!;
        if (idle(leaf.id)) continue;
        self.set(mod(leaf), (self.get(mod(leaf)) ?? 0) + dt);
        let owner = '(no app frame)';
        for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
          const nd = byId.get(id)!;
          const m = mod(nd);
          if (m.startsWith('src/') || (/^[A-Z]/.test(nd.callFrame.functionName) && nd.callFrame.url.startsWith('http'))) {
            owner = `${nd.callFrame.functionName || '(anon)'} ${m}`;
            break;
          }
        }
        app.set(owner, (app.get(owner) ?? 0) + dt);
        const seen = new Set<string>();
        for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
          const nd = byId.get(id)!;
          const m = mod(nd);
          if (!nd.callFrame.url || /react-dom|scheduler|use-sync-external-store|^react\//.test(m)) continue;
          const key = `${nd.callFrame.functionName || '(anon)'} ${m}:${nd.callFrame.lineNumber + 1}`;
          if (seen.has(key)) continue;
          seen.add(key);
          incl.set(key, (incl.get(key) ?? 0) + dt);
        }
      }
      const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([s, v]) => `${(v / 1000).toFixed(0)} ${s}`);
      lines.push(`  task ${w.ms} ms`);
      lines.push(`    self by module: ${top(self, 7).join(' | ')}`);
      lines.push(`    by app frame:   ${top(app, 10).join(' | ')}`);
      lines.push(`    inclusive:      ${top(incl, 16).join(' | ')}`);
    }
  }
  return lines;
}

async function importModel(page: Page) {
  const file = join(tmpdir(), `profile-apply-${n}.json`);
  const model = largeModel(n);
  writeFileSync(file, JSON.stringify(model));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON' }).click();
  await (await chooser).setFiles(file);
  await page.locator('.react-flow__node').nth(model.nodes.length - 1).waitFor();
  await page.waitForTimeout(2000);
}

async function layoutOnce(page: Page, cdp: CDPSession, label: string) {
  const before = await page.evaluate(() => performance.getEntriesByName('tm:layout:apply').length);
  // Profiled from the click on (the worker's time is idle on the main thread).
  let mark = 0;
  if (profile) {
    await cdp.send('Profiler.start');
    // The sampler takes a moment to start: a mark right away was sometimes not in the profile.
    await page.waitForTimeout(300);
    // A 10 ms busy loop at a known performance.now(), found again in the profile: the two clocks' offset.
    mark = await page.evaluate(() => {
      const w = window as unknown as { __tmMark: () => number };
      w.__tmMark ??= function __tmMark() {
        const t0 = performance.now();
        while (performance.now() - t0 < 10);
        return t0;
      };
      return w.__tmMark();
    });
  }
  await page.locator('.tm-layout-run').click();
  await page.waitForFunction((k) => performance.getEntriesByName('tm:layout:apply').length > k || document.querySelector('.tm-notice-error') !== null, before, { timeout: 180_000, polling: 200 });
  const failed = await page.locator('.tm-notice-error').allTextContents();
  if (failed.length > 0) throw new Error(`layout failed: ${failed.join(' / ')}`);
  await page.waitForFunction((k) => performance.getEntriesByName('tm:layout:settled').length > k, before, { timeout: 60_000, polling: 200 }).catch(() => undefined);
  await page.waitForTimeout(settle);
  const prof = profile ? ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile : null;
  const r = await page.evaluate(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    const run = performance.getEntriesByName('tm:layout:run').at(-1)!;
    const apply = performance.getEntriesByName('tm:layout:apply').at(-1)!;
    const from = run.startTime + run.duration;
    const tasks = w.__tasks.filter((t) => t.start + t.duration > from).map((t) => ({ at: Math.round(t.start - from), abs: t.start, ms: Math.round(t.duration) }));
    return { run: Math.round(run.duration), apply: Math.round(apply.duration), tasks };
  });
  const longest = Math.max(0, ...r.tasks.map((t) => t.ms));
  console.log(`${label}: layout ${r.run} ms, apply ${r.apply} ms, longest task after the plan ${longest} ms · load ${loadavg()[0].toFixed(1)}`);
  console.log(`  long tasks (at ms after plan: duration): ${r.tasks.map((t) => `${t.at}:${t.ms}`).join(' ') || 'none'}`);
  if (prof) {
    const file = join(tmpdir(), `apply-${n}-${label}.cpuprofile`);
    writeFileSync(file, JSON.stringify(prof));
    await loadModules(prof);
    const markNode = new Set(prof.nodes.filter((nd) => nd.callFrame.functionName === '__tmMark').map((nd) => nd.id));
    let tt = prof.startTime;
    const sampleTimes = prof.timeDeltas.map((d) => (tt += d));
    // Inside the mark, not only at its top: once optimised, its samples' leaf is performance.now,
    // and in later profiles its own name may be lost (then: performance.now under Playwright's evaluate).
    const nodeById = new Map(prof.nodes.map((nd) => [nd.id, nd] as const));
    const parentOf = new Map<number, number>();
    for (const nd of prof.nodes) for (const c of nd.children ?? []) parentOf.set(c, nd.id);
    const inMark = (id: number) => {
      const leafIsNow = nodeById.get(id)?.callFrame.functionName === 'now';
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        if (markNode.has(at)) return true;
        if (leafIsNow && nodeById.get(at)?.callFrame.functionName === 'evaluate') return true;
      }
      return false;
    };
    const first = prof.samples.findIndex(inMark);
    const offsetUs = first >= 0 ? sampleTimes[first] - mark * 1000 : NaN;
    console.log(summarise(prof, r.tasks.map((t) => ({ at: t.abs, ms: t.ms })), offsetUs).join('\n'));
    console.log(`  profile: ${file}`);
  }
  return longest;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript('globalThis.__name = (f) => f;');
await page.addInitScript(instrument);
await page.addInitScript(`globalThis.__tmLayoutDeadlineScale = ${Math.max(1, loadavg()[0] / cpus().length).toFixed(2)};`);
await page.goto(`${url}?lang=en`);
await page.locator('.react-flow__node').first().waitFor();
const cdp = await page.context().newCDPSession(page);
if (profile) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
}
await importModel(page);
console.log(`${n} nodes · ${cpus().length}× ${cpus()[0]?.model.trim()} · load ${loadavg().map((l) => l.toFixed(1)).join(' ')}${profile ? ' · profiled' : ''}`);
const longest: number[] = [];
for (let i = 0; i < runs; i++) {
  longest.push(await layoutOnce(page, cdp, i === 0 ? 'cold' : `warm${runs > 2 ? i : ''}`));
  if (i < runs - 1) {
    await page.getByRole('toolbar').getByRole('button', { name: 'Undo' }).click();
    await page.waitForTimeout(2500);
  }
}
console.log(`longest task: cold ${longest[0]} ms${longest.length > 1 ? `, warm ${longest.slice(1).join(', ')} ms` : ''}`);
await browser.close();
