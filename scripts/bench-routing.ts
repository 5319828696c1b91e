/**
 * Routing time (issue 10), measured in Node with the same kernel the worker runs: libavoid-js
 * (routeWithAvoid) plus clipping and label placement (finishPlan), for Figure 2 in each edge style
 * and for synthetic 200- and 500-node models (src/io/export/testing/bigModel.ts). Each case runs in
 * its own process, killed at the app's deadline (routing/routerClient.ts routeDeadlineMs), as the
 * worker would be; the app then shows the straight fallback.
 *
 *   npx tsx scripts/bench-routing.ts            # all cases (several minutes at most)
 *   npx tsx scripts/bench-routing.ts --one f2:orthogonal
 *
 * Not part of CI or `npm run bench`. Numbers go into docs/performance.md by hand.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AvoidLib } from 'libavoid-js';
import { importModel } from '../src/io/importModel';
import { bigModel } from '../src/io/export/testing/bigModel';
import type { EdgeStyle, TheoryModel } from '../src/model/types';
import { routeWithAvoid } from '../src/routing/avoid';
import { routeProblems } from '../src/routing/check';
import { routeInput } from '../src/routing/input';
import { finishPlan } from '../src/routing/plan';
import { routeDeadlineMs } from '../src/routing/routerClient';
import { straightPlan } from '../src/routing/straight';

function model(name: string): TheoryModel {
  if (name === 'f2') {
    const r = importModel(readFileSync(new URL('../examples/figure-2.json', import.meta.url), 'utf8'), { source: 'file' });
    if (!r.ok) throw new Error('figure-2.json did not import');
    return r.model;
  }
  return bigModel({ nodes: Number(name) });
}

async function one(spec: string) {
  const [name, style] = spec.split(':') as [string, EdgeStyle];
  const input = { ...routeInput(model(name), new Map(), 'zh'), style };
  const t0 = performance.now();
  await AvoidLib.load();
  const Avoid = AvoidLib.getInstance();
  const t1 = performance.now();
  const times: number[] = [];
  let problems = 0;
  // Run 1 pays the WASM warm-up (tier-up); runs 2–3 are what a later reroute costs.
  for (let run = 0; run < (name === 'f2' ? 3 : 1); run++) {
    const s = performance.now();
    const plan = finishPlan(input, routeWithAvoid(Avoid, input), 'router');
    times.push(performance.now() - s);
    problems = routeProblems(input, plan).length;
  }
  const f0 = performance.now();
  const fallback = straightPlan(input);
  const fallbackMs = performance.now() - f0;
  console.log(JSON.stringify({ spec, nodes: input.nodes.length, edges: input.edges.length, loadMs: Math.round(t1 - t0), runsMs: times.map(Math.round), problems, fallbackMs: Math.round(fallbackMs), fallbackProblems: routeProblems(input, fallback).length }));
}

const args = process.argv.slice(2);
if (args[0] === '--one') await one(args[1]);
else {
  const self = fileURLToPath(import.meta.url);
  for (const spec of ['f2:orthogonal', 'f2:straight', 'f2:curved', '200:orthogonal', '200:straight', '500:orthogonal', '500:straight']) {
    const [name] = spec.split(':');
    const m = model(name);
    const deadline = routeDeadlineMs({ style: 'orthogonal', nodes: m.nodes.map((n) => ({ id: n.id, x: 0, y: 0, width: 0, height: 0 })), edges: m.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })) });
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--one', spec], { encoding: 'utf8', timeout: deadline + 3000 });
    if (r.error || r.status !== 0) console.log(JSON.stringify({ spec, deadlineMs: deadline, result: `no answer within ${Math.round((Date.now() - started) / 1000)} s (the app shows the straight fallback)` }));
    else process.stdout.write(r.stdout.replace(/}\n?$/, `,"deadlineMs":${deadline}}\n`));
  }
}
