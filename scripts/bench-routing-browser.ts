/**
 * The main thread during a reroute (issue 10), in the real app: the system Chromium against a
 * production build.
 *
 *   npx vite build --outDir dist-router && npx vite preview --outDir dist-router --port 4412 --strictPort &
 *   npx tsx scripts/bench-routing-browser.ts [--url=http://127.0.0.1:4412/] [--sizes=200]
 *
 * For Figure 2 (opened with ?example=figure-2) and each synthetic size (bigModel, imported through
 * "Import JSON"): waits for the first plan, then switches the edge style three times (each is a
 * full reroute: input built on the main thread, routed in the worker, the plan drawn) and records
 * the router worker's round trip (wrapping `Worker` before the app loads), the longest main-thread
 * task (PerformanceObserver 'longtask', which reports tasks of 50 ms or more) and the longest gap
 * between animation frames while it runs.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { bigModel } from '../src/io/export/testing/bigModel';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const url = flag('url') ?? 'http://127.0.0.1:4412/';
const sizes = (flag('sizes') ?? '200').split(',').filter(Boolean).map(Number);

function instrument() {
  const w = window as unknown as { __r: { replies: number[]; posts: number[]; tasks: { start: number; duration: number }[]; gaps: number[] } };
  w.__r = { replies: [], posts: [], tasks: [], gaps: [] };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(src: string | URL, opts?: WorkerOptions) {
      super(src, opts);
      if (!String(src).includes('router.worker')) return;
      this.addEventListener('message', () => w.__r.replies.push(performance.now()));
      const post = this.postMessage.bind(this);
      this.postMessage = ((m: unknown, o?: StructuredSerializeOptions) => {
        w.__r.posts.push(performance.now());
        post(m, o);
      }) as Worker['postMessage'];
    }
  } as typeof Worker;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__r.tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  const frame = (t: number) => {
    w.__r.gaps.push(t - last);
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function reroutes(page: Page, label: string) {
  await page.waitForFunction(() => (window as unknown as { __r: { replies: number[] } }).__r.replies.length > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const out: { change: string; roundTrip: number; longestBeforeReply: number; longestAfterReply: number; longestFrameGap: number }[] = [];
  const school = page.getByRole('group', { name: /^Key actor: School$/ });
  const nudge = (await school.count()) > 0;
  // Three style switches (every route changes) and, for Figure 2, two nudges of one node with the
  // arrow keys (a move: the common case, only that node's edges change).
  for (const style of ['straight', 'curved', 'orthogonal', ...(nudge ? ['nudge', 'nudge'] : [])]) {
    // The routes of the previous change (or of the import) first: otherwise their late reply is
    // taken for this change's (a 200-node model's first routing takes ~15 s).
    await settled(page);
    await page.evaluate(() => {
      const r = (window as unknown as { __r: { replies: number[]; posts: number[]; tasks: unknown[]; gaps: number[] } }).__r;
      r.tasks.length = 0;
      r.gaps.length = 0;
      r.posts.length = 0;
      r.replies.length = 0;
    });
    if (style === 'nudge' && out.at(-1)?.change !== 'nudge') await school.click(); // selects it (the Inspector then shows the node)
    if (style === 'nudge') await page.keyboard.press('ArrowRight');
    else await page.getByLabel('Edge style').selectOption(style);
    await page.waitForFunction(() => (window as unknown as { __r: { replies: number[] } }).__r.replies.length > 0, null, { timeout: 120_000 });
    await page.waitForTimeout(600); // the plan is drawn after the reply
    out.push({
      change: style,
      ...(await page.evaluate(() => {
        const r = (window as unknown as { __r: { replies: number[]; posts: number[]; tasks: { start: number; duration: number }[]; gaps: number[] } }).__r;
        // Before the reply: the edit itself (the style change re-renders the canvas and Inspector)
        // and building the router input. From the reply on: storing and drawing the plan.
        // (No named helper functions in here: tsx would wrap them in a `__name` the page lacks.)
        const before = r.tasks.filter((t) => t.start < r.replies[0]).map((t) => t.duration);
        const after = r.tasks.filter((t) => t.start >= r.replies[0]).map((t) => t.duration);
        return {
          roundTrip: Math.round(r.replies[0] - r.posts[0]),
          longestBeforeReply: Math.round(Math.max(0, ...before)),
          longestAfterReply: Math.round(Math.max(0, ...after)),
          longestFrameGap: Math.round(Math.max(0, ...r.gaps)),
        };
      })),
    });
  }
  console.log(JSON.stringify({ model: label, reroutes: out }));
}

/** Waits until the canvas is no longer busy drawing or routing (its aria-busy, issue 10). */
async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('.react-flow[aria-busy="true"]'), null, { timeout: 120_000 });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(instrument);
  await page.goto(`${url}?example=figure-2&lang=en`);
  await reroutes(page, 'figure-2');
  for (const n of sizes) {
    const file = join(tmpdir(), `route-bench-${n}.json`);
    writeFileSync(file, JSON.stringify(bigModel({ nodes: n })));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import JSON' }).click();
    await (await chooser).setFiles(file);
    await page.locator('.react-flow__node').nth(n - 1).waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);
    await reroutes(page, `${n} nodes`);
  }
} finally {
  await browser.close();
}
