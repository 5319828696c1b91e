/**
 * Layout benchmark: what does our pipeline cost on top of ELK itself?
 *
 *   npx tsx scripts/bench-layout.ts [sizes] [--algorithm=figure|layered] [--runs=5]
 *   e.g. npx tsx scripts/bench-layout.ts 50,200,500
 *
 * A = raw `elk.layout` (elk.bundled.js, in-thread) on exactly the graph and options toElk produces.
 * B = the whole `runLayout` pipeline (toElk + the same layout + fromElk + gates + assemble).
 * C = B with a finished ELK result injected: the pipeline's own cost, without ELK's noise.
 * Runs are interleaved A,B,C,A,B,C… after one warm-up of each, so JIT warm-up and machine drift
 * hit all equally; the median of `runs` is reported. Results go into docs/performance.md.
 * Main-thread long tasks in the browser (worker path) are measured separately in the e2e bench.
 */
import { cpus } from 'node:os';
import ELK from 'elkjs/lib/elk.bundled.js';
import { randomGraph } from '../src/layout/fixtures';
import { runLayout } from '../src/layout/runLayout';
import { toElk } from '../src/layout/toElk';
import type { LayoutAlgorithm, LayoutRequest } from '../src/layout/types';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (args.find((a) => !a.startsWith('--')) ?? '50,200,500').split(',').map(Number);
const runs = Number(flag('runs') ?? 5);
const algorithm = (flag('algorithm') ?? 'figure') as LayoutAlgorithm;
const request: LayoutRequest = { algorithm, direction: 'RIGHT' };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function bench(n: number) {
  const elk = new ELK();
  const input = randomGraph(n, n);
  const { jobs } = toElk(input, request);
  const graph = jobs[0].graph;
  // elk.bundled lays out *in place* (adds x/y, sections, a GWT hash): give each raw run a fresh
  // copy, made outside the timed region, so A measures ELK alone.
  const raw = async () => {
    const copy = structuredClone(graph);
    const t = performance.now();
    await elk.layout(copy);
    return performance.now() - t;
  };
  const pipeline = async () => {
    const t = performance.now();
    await runLayout(input, request, elk);
    return performance.now() - t;
  };
  // C = the pipeline with ELK replaced by a finished result: our own work alone (toElk, fromElk,
  // gates, assemble). Immune to the noise of multi-second ELK runs on a shared machine.
  const done = await elk.layout(structuredClone(graph));
  const kernel = async () => {
    const copy = structuredClone(done);
    const t = performance.now();
    await runLayout(input, request, { layout: async () => copy });
    return performance.now() - t;
  };
  await raw();
  await pipeline();
  await kernel();
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await raw());
    b.push(await pipeline());
    c.push(await kernel());
  }
  const edges = graph.edges?.length ?? 0;
  const groups = input.nodes.filter((x) => x.kind === 'group').length;
  return { n, edges, groups, raw: median(a), pipeline: median(b), kernel: median(c) };
}

const rows = [];
for (const n of sizes) rows.push(await bench(n));

const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log(`elkjs 0.12.1 elk.bundled.js · Node ${process.version} · ${cpus().length}× ${cpus()[0]?.model.trim()}`);
console.log(`algorithm=${algorithm} · median of ${runs} interleaved runs after 1 warm-up\n`);
console.log('| nodes | edges | groups | A raw elk.layout | B runLayout | B−A | C kernel only | C / A |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const diff = ((r.pipeline - r.raw) / r.raw) * 100;
  const share = (r.kernel / r.raw) * 100;
  const sign = diff >= 0 ? '+' : '';
  console.log(
    `| ${r.n} | ${r.edges} | ${r.groups} | ${ms(r.raw)} | ${ms(r.pipeline)} | ${sign}${diff.toFixed(1)} % | ${r.kernel.toFixed(1)} ms | ${share.toFixed(1)} % |`,
  );
}
