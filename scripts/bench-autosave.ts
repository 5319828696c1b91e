/**
 * How long one autosave of a 500-node model takes: `npx tsx scripts/bench-autosave.ts [nodes] [runs]`.
 *
 * Times the real write path (Autosaver.flush: read the stored head, serializeModel, envelope,
 * setItem) on a seeded model with 1.5 edges per node, after a one-node edit each run (so every
 * run writes a new document, as in the app), 100 ms apart (autosave writes are ≥ 300 ms apart;
 * back-to-back writes would time the browser's storage queue). Median of 20 runs; goal ≤ 16 ms.
 *  1. Node, in-memory storage: the cost of our code.
 *  2. Chromium (system /usr/bin/chromium), real localStorage: what a user's browser pays,
 *     including the browser's own storage write. Skipped with a message if Chromium can't start.
 * Results go in docs/performance.md, "## Autosave".
 */
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { MemoryStorage } from '../src/store/persistence/storage';
import { measure, type BenchResult, type Stats } from './bench-autosave.measure';

const NODES = Number(process.argv[2] ?? 500);
const RUNS = Number(process.argv[3] ?? 20);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Back to back (the code's own cost), then 100 ms apart (like real autosaves). */
const PAUSES = [0, 100];
const label = (pause: number) => (pause === 0 ? 'back to back' : `${pause} ms apart`);

const ms = (s: Stats) => `median ${s.median.toFixed(2)} ms (p90 ${s.p90.toFixed(2)}, max ${s.max.toFixed(2)})`;
const fmt = (r: BenchResult) =>
  [
    `whole write ${ms(r.flush)}`,
    `    parts: serializeModel ${ms(r.serialize)}; serialize+envelope ${ms(r.envelope)};`,
    `           getItem ${ms(r.getItem)}; peekHead ${ms(r.peekHead)}; setItem ${ms(r.setItem)}`,
    `    stored value ${(r.bytes / 1024).toFixed(0)} KiB (UTF-16)`,
  ].join('\n');

async function inChromium(pauses: number[]): Promise<BenchResult[]> {
  // Bundle `measure` (and the app code it imports) for the page.
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./bench-autosave.entry.ts', import.meta.url)), formats: ['iife'], name: 'AutosaveBench', fileName: 'bench' },
    },
  });
  const outputs = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  const code = outputs.output.find((o) => o.type === 'chunk')?.code;
  if (!code) throw new Error('bundling the benchmark for the browser produced no code');

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    // A real http origin (localStorage is not available on about:blank), served from memory.
    await page.route('http://bench.invalid/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await page.goto('http://bench.invalid/');
    await page.addScriptTag({ content: code });
    const results: BenchResult[] = [];
    for (const pause of pauses) {
      results.push(
        await page.evaluate(
          ([n, runs, p]) => (window as unknown as { AutosaveBench: { run: (n: number, r: number, p: number) => Promise<BenchResult> } }).AutosaveBench.run(n, runs, p),
          [NODES, RUNS, pause] as const,
        ),
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

{
  const { loadavg, cpus } = await import('node:os');
  const load = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`;
  console.log(`Autosave of a ${NODES}-node model (${Math.round(NODES * 1.5)} edges), ${RUNS} runs, goal ≤ 16 ms; ${load()}`);
  for (const pause of PAUSES) {
    console.log(`Node ${process.version}, in-memory storage, ${label(pause)}:\n  ${fmt(await measure(new MemoryStorage(), NODES, RUNS, () => performance.now(), pause))}`);
  }
  try {
    const results = await inChromium(PAUSES);
    results.forEach((r, i) => console.log(`Chromium (${CHROMIUM}), real localStorage, ${label(PAUSES[i])}:\n  ${fmt(r)}`));
  } catch (error) {
    console.log(`Chromium: skipped (${error instanceof Error ? error.message : String(error)})`);
  }
  console.log(`done; ${load()}`);
}
