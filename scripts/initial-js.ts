/**
 * The first-load figure (issue 15, item 7; docs/performance.md "First load"): the gzip size
 * (level 9) of the JavaScript a first visit must download before the app renders — every script
 * the built `index.html` loads or modulepreloads, plus the one UI-language string table main.tsx
 * loads before the first render (`assets/en-*.js` or `assets/zh-*.js`, and what it imports that is
 * not counted yet). The figure is for the larger language. `npm run build` prints it after
 * `vite build`; `npx tsx scripts/initial-js.ts [outDir] [--list] [--max=KB]` prints it for any
 * build. With `--max`, a figure over the budget exits 1 (not used by `npm run build`: a size is
 * reported, not asserted, so an unrelated change never breaks the build).
 */
import { readFile } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  /** Scripts `index.html` names (src and modulepreload), in its order, relative to the build. */
  files: { file: string; gzip: number }[];
  /** Their gzip sizes summed, in bytes. */
  html: number;
  /** Per UI language: its string chunk(s) not already in `files`, gzip bytes summed. */
  languages: Record<string, { files: string[]; gzip: number }>;
  /** html + the larger language: the figure. */
  gzip: number;
}

/** The scripts `index.html` loads or preloads: `<script src>` and `<link rel="modulepreload" href>`. */
export function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files: string[] = [];
  for (const tag of tags) {
    const isScript = tag.startsWith('<script');
    if (!isScript && !/\brel="modulepreload"/.test(tag)) continue;
    const url = /\b(?:src|href)="([^"]+\.m?js)"/.exec(tag)?.[1]?.replace(/^\.?\//, '');
    if (url && !files.includes(url)) files.push(url);
  }
  return files;
}

/** Static imports of a built chunk (`import … from "./x.js"` / `import "./x.js"`), as build paths. */
function chunkImports(code: string, file: string): string[] {
  const dir = dirname(file);
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g)].map((m) => join(dir, m[1]));
}

export async function measureInitialJs(outDir = 'dist'): Promise<InitialJs> {
  const gzipOf = async (file: string) => gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const initial = initialScripts(html);
  const files = await Promise.all(initial.map(async (file) => ({ file, gzip: await gzipOf(file) })));
  const htmlGzip = files.reduce((s, f) => s + f.gzip, 0);
  const assets = await readdir(join(outDir, 'assets'));
  const languages: InitialJs['languages'] = {};
  for (const lang of ['en', 'zh']) {
    const entry = assets.filter((f) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(f)).map((f) => `assets/${f}`);
    const counted = new Set(initial);
    const queue = [...entry];
    const extra: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (counted.has(file)) continue;
      counted.add(file);
      extra.push(file);
      queue.push(...chunkImports(await readFile(join(outDir, file), 'utf8'), file));
    }
    languages[lang] = { files: extra, gzip: (await Promise.all(extra.map(gzipOf))).reduce((s, x) => s + x, 0) };
  }
  const worst = Math.max(0, ...Object.values(languages).map((l) => l.gzip));
  return { files, html: htmlGzip, languages, gzip: htmlGzip + worst };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const max = Number(args.find((a) => a.startsWith('--max='))?.slice(6));
  const result = await measureInitialJs(outDir);
  if (args.includes('--list')) {
    for (const f of [...result.files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}`);
  }
  const langs = Object.entries(result.languages).map(([lang, l]) => `${lang} ${kb(l.gzip)}`).join(', ');
  console.log(`initial JS (gzip): ${kb(result.gzip)} = ${kb(result.html)} in ${result.files.length} files of ${outDir}/index.html + the larger UI-language table (${langs})`);
  if (Number.isFinite(max) && result.gzip / 1024 > max) {
    console.error(`initial JS is over the ${max} KB budget`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
