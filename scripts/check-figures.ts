/**
 * `npm run check:figures` — issue 10's automated check that every figure could be printed
 * (docs/figures-check.md). For Figure 1, Figure 2 and every bundled example, in Chinese and in
 * English, right after opening and after each Auto layout preset, it counts on the canvas and
 * in the exported SVG: overlapping nodes, edges through nodes that are not their ends, and edge
 * labels on nodes or on each other. Plus Figure 2 with a 76-character label typed into a
 * driver, Figure 2 switched to English, and its six relation types compared without colour.
 * Prints a table, writes test-results/figures.json, exits 1 if anything was found.
 *
 *   npm run check:figures [-- --models figure-2 --langs zh --states open,figure --no-svg --build]
 *   FIGURES_DIST (default dist, built if missing), FIGURES_PORT (default 4461), FIGURES_JOBS
 *   (pages at once, default 2), CHROMIUM_PATH.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { analyse } from './figures/analyse';
import { AppPage, LAYOUTS, type Lang, type LayoutName, type ModelFile } from './figures/drive';
import { compareLooks, type LookReport } from './figures/looks';
import { readCanvas, readEdgeLooks, readSvg, toScene, type RawScene } from './figures/read';
import { failures, formatReport, type Row, type Where } from './figures/report';

const { values: args } = parseArgs({
  options: {
    models: { type: 'string' },
    langs: { type: 'string', default: 'zh,en' },
    states: { type: 'string', default: ['open', ...Object.keys(LAYOUTS)].join(',') },
    'no-svg': { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    out: { type: 'string', default: 'test-results/figures.json' },
    jobs: { type: 'string', default: process.env.FIGURES_JOBS ?? '2' },
  },
});

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dist = process.env.FIGURES_DIST ?? 'dist';
const port = Number(process.env.FIGURES_PORT ?? 4461);
const baseUrl = `http://127.0.0.1:${port}`;
const started = Date.now();
/** Pages driven at once. Most of a state's time is waiting (ELK in its worker, animations, downloads). */
const jobs = Math.max(1, Math.floor(Number(args.jobs)) || 1);

/** The gallery's order (src/io/examples.ts GALLERY_ORDER, which needs Vite to import): the paper's figures first. */
function exampleNames(): string[] {
  const first = ['figure-2', 'figure-1'];
  const all = readdirSync(resolve(root, 'examples')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
  return [...first.filter((n) => all.includes(n)), ...all.filter((n) => !first.includes(n))];
}

const list = (s: string | undefined, all: string[]) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : all);
const models = list(args.models, exampleNames());
const langs = list(args.langs, ['zh', 'en']) as Lang[];
const states = list(args.states, []);
for (const s of states) if (s !== 'open' && !(s in LAYOUTS)) throw new Error(`unknown state ${s}; use open or ${Object.keys(LAYOUTS).join(', ')}`);

// ---- the app: build if needed, serve on our own port, stop at the end
function ensureBuilt() {
  if (!args.build && existsSync(resolve(root, dist, 'index.html'))) return;
  console.log(`building into ${dist}/ …`);
  const r = spawnSync('npx', ['vite', 'build', '--outDir', dist], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

async function serve(): Promise<ChildProcess> {
  // Its own process group, so stopping it stops npx's child too. strictPort: never test another app.
  const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (b) => (output += String(b)));
  server.stderr?.on('data', (b) => (output += String(b)));
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited: ${output}`);
    try {
      if ((await fetch(baseUrl)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(server);
  throw new Error(`vite preview did not answer on ${baseUrl}: ${output}`);
}

function stop(server: ChildProcess) {
  if (server.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

// ---- measuring one state
type Topology = { parents: Map<string, string>; ends: Map<string, string[]>; model: ModelFile };

function topology(model: ModelFile): Topology {
  const parents = new Map<string, string>();
  for (const n of model.nodes) if (n.parent) parents.set(n.id, n.parent);
  return { parents, ends: new Map(model.edges.map((e) => [e.id, [e.source, e.target]])), model };
}

const groups = (raw: RawScene) => raw.nodes.filter((n) => n.group).length;

function missingOnCanvas(raw: RawScene, topo: Topology): string[] {
  const nodes = new Set(raw.nodes.map((n) => n.id));
  const edges = new Set(raw.edges.map((e) => e.id));
  return [
    ...topo.model.nodes.filter((n) => !nodes.has(n.id)).map((n) => `node ${n.id} is not rendered`),
    ...topo.model.edges.filter((e) => !edges.has(e.id)).map((e) => `edge ${e.id} is not rendered`),
    // Every edge shows its own label or its relation's: none at all means the check lost them.
    ...(topo.model.edges.length > 0 && raw.labels.length === 0 ? ['no edge labels found (.tm-edge-label)'] : []),
  ];
}

/** What the export should carry over from the canvas: every box, edge and label. */
function missingInSvg(svg: RawScene, canvas: RawScene): string[] {
  const out: string[] = [];
  const compare = (what: string, inSvg: number, onCanvas: number) => {
    if (inSvg !== onCanvas) out.push(`${what}: ${inSvg} in the SVG, ${onCanvas} on the canvas`);
  };
  compare('groups', groups(svg), groups(canvas));
  compare('elements', svg.nodes.filter((n) => !n.group && !n.id.startsWith('decoration-')).length, canvas.nodes.length - groups(canvas));
  compare('edges', svg.edges.length, canvas.edges.length);
  compare('edge labels', svg.labels.length, canvas.labels.length);
  return out;
}

async function measure(app: AppPage, topo: Topology, scratch: Page, withSvg: boolean): Promise<{ canvas: Where; svg?: Where }> {
  const raw = await readCanvas(app.page);
  const canvas = { ...analyse(toScene(raw, topo)), missing: missingOnCanvas(raw, topo) };
  if (!withSvg) return { canvas };
  const rawSvg = await readSvg(scratch, await app.exportSvg());
  return { canvas, svg: { ...analyse(toScene(rawSvg)), missing: missingInSvg(rawSvg, raw) } };
}

/** Radial layout centres on a selected node: the most connected element. */
function hubOf(model: ModelFile): string {
  const degree = new Map<string, number>();
  for (const e of model.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const elements = model.nodes.filter((n) => n.kind !== 'group');
  return elements.reduce((best, n) => ((degree.get(n.id) ?? 0) > (degree.get(best.id) ?? 0) ? n : best), elements[0]).id;
}

/** The driver whose growth pushes most: the first one in the group with the most drivers. */
function driverOf(model: ModelFile): string | undefined {
  const drivers = model.nodes.filter((n) => n.kind === 'driver');
  const size = (parent?: string) => drivers.filter((d) => d.parent === parent).length;
  return [...drivers].sort((a, b) => size(b.parent) - size(a.parent))[0]?.id;
}

/** 76 Chinese characters, as a long driver label in a real model might read. */
const LONG_LABEL = '学生在企业导师和学校教师的共同指导下完成真实生产项目，参加省级和国家级职业技能竞赛，并取得相应等级的职业技能证书，提升就业竞争力与创新创业能力水平和素养';

// ---- the run: tasks (one page each) shared by a few workers, each with its own scratch page
const rows: Row[] = [];
let looks: (LookReport & { model: string }) | undefined;
type Ctx = { browser: Browser; scratch: Page; withSvg: boolean };
type Task = { title: string; run: (ctx: Ctx, record: Recorder) => Promise<void> };
type Recorder = (model: string, lang: string, state: string, body: () => Promise<{ canvas: Where; svg?: Where }>) => Promise<void>;

/** One model in one language: open, then every state in order on the same page. */
const modelTask = (model: string, lang: Lang): Task => ({
  title: `${model} · ${lang}`,
  run: async ({ browser, scratch, withSvg }, record) => {
    let app: AppPage | undefined;
    try {
      app = await AppPage.open(browser, baseUrl, model, lang);
      await app.diagramLanguage(lang);
      const topo = topology(await app.exportJson());
      for (const state of states) {
        await record(model, lang, state, async () => {
          if (state !== 'open') await app!.layout(state as LayoutName, hubOf(topo.model));
          return measure(app!, topo, scratch, withSvg);
        });
        if (state === 'open' && model === 'figure-2' && lang === 'zh') {
          const rendered = await readEdgeLooks(app.page);
          const relation = new Map(topo.model.edges.map((e) => [e.id, e.relation]));
          looks = { model, ...compareLooks(rendered.filter((e) => relation.has(e.id)).map((e) => ({ relation: relation.get(e.id)!, look: e }))) };
        }
      }
    } catch (error) {
      await record(model, lang, 'open', () => Promise.reject(error));
    } finally {
      await app?.close();
    }
  },
});

/** Figure 2 opened in Chinese, changed by `change`, then measured (issue 10: 0 overlaps after a long label or a switch to English). */
const figure2Task = (state: string, change: (app: AppPage, topo: Topology) => Promise<void>): Task => ({
  title: `figure-2 · zh · ${state}`,
  run: ({ browser, scratch, withSvg }, record) =>
    record('figure-2', 'zh', state, async () => {
      const app = await AppPage.open(browser, baseUrl, 'figure-2', 'zh');
      try {
        await app.diagramLanguage('zh');
        const topo = topology(await app.exportJson());
        await change(app, topo);
        return await measure(app, topo, scratch, withSvg);
      } finally {
        await app.close();
      }
    }),
});

const switchToEnglish = figure2Task('zh→en switch', (app) => app.diagramLanguage('en'));
const longLabel = figure2Task('76-char label', async (app, topo) => {
  const driver = driverOf(topo.model);
  if (!driver) throw new Error('Figure 2 has no driver');
  await app.typeLabel(driver, LONG_LABEL);
  const shown = await app.page.locator(`.react-flow__node[data-id="${driver}"] .tm-label`).textContent();
  if (shown !== LONG_LABEL) throw new Error(`the driver shows “${shown}”, not the typed label`);
});

async function run() {
  if (LONG_LABEL.length !== 76) throw new Error(`the long label has ${LONG_LABEL.length} characters, not 76`);
  const tasks: Task[] = [];
  for (const model of models) {
    for (const lang of langs) tasks.push(modelTask(model, lang));
    if (model === 'figure-2' && langs.includes('zh')) tasks.push(switchToEnglish, longLabel);
  }
  ensureBuilt();
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const withSvg = !args['no-svg'];
  const results: Row[][] = tasks.map(() => []);
  let next = 0;
  const worker = async () => {
    const scratch = await (await browser.newContext({ viewport: { width: 1600, height: 1200 } })).newPage();
    for (let i = next++; i < tasks.length; i = next++) {
      const record: Recorder = async (model, lang, state, body) => {
        const t0 = Date.now();
        let row: Row;
        try {
          row = { model, lang, state, ...(await body()) };
        } catch (error) {
          const empty: Where = { nodeOverlaps: [], edgeCrossings: [], labelOverlaps: [], missing: [] };
          row = { model, lang, state, canvas: empty, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
        }
        results[i].push(row);
        console.log(`${model} · ${lang} · ${state}: ${row.error ? `ERROR ${row.error}` : `${failures(row)} found`} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      };
      await tasks[i].run({ browser, scratch, withSvg }, record);
    }
    await scratch.context().close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  } finally {
    await browser.close();
    stop(server);
  }
  rows.push(...results.flat());
}

await run();

const problems = rows.reduce((n, r) => n + failures(r), 0) + (looks ? looks.alike.length : 0);
console.log(`\n${formatReport(rows)}`);
if (looks) {
  console.log(`\nRelation types of ${looks.model} without colour (pattern · width · arrowheads end/start):`);
  for (const t of looks.types) console.log(`  ${t.id.padEnd(12)} ${t.look.dash || 'none'} · ${t.look.width} · ${t.look.head} / ${t.look.tail}${t.inconsistent ? '  (its edges differ)' : ''}`);
  console.log(looks.alike.length ? `  alike in greyscale: ${looks.alike.map(([a, b]) => `${a} = ${b}`).join(', ')}` : '  every pair differs');
}
const out = resolve(root, args.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ generatedAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), dist, models, langs, states, svg: !args['no-svg'], rows, relationLooks: looks ?? null, problems }, null, 2));
console.log(`\n${problems} problem(s) in ${Math.round((Date.now() - started) / 1000)} s; report: ${args.out}`);
process.exit(problems > 0 ? 1 : 0);
