/**
 * The first-load figure (issue 15, item 7; docs/performance.md "First load"): the sum of the gzip
 * sizes (level 9) of every script the built `index.html` loads or modulepreloads, i.e. what a
 * first visit must download and parse before the app can start. `npm run build` prints it after
 * `vite build`; `npx tsx scripts/initial-js.ts [outDir] [--list] [--max=KB]` prints it for any build.
 * With `--max`, a figure over the budget exits 1 (not used by `npm run build`: a size is reported,
 * not asserted, so an unrelated change never breaks the build).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  /** Script files `index.html` names (src and modulepreload), in its order, relative to the build. */
  files: { file: string; gzip: number }[];
  /** Their gzip sizes summed, in bytes. */
  gzip: number;
}

/** The scripts `index.html` loads or preloads: `<script src>` and `<link rel="modulepreload" href>`. */
export function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files: string[] = [];
  for (const tag of tags) {
    const isScript = tag.startsWith('<script');
    if (!isScript && !/\brel="modulepreload"/.test(tag)) continue;
    const url = /\b(?:src|href)="([^"]+\.m?js)"/.exec(tag)?.[1];
    if (url && !files.includes(url)) files.push(url.replace(/^\.?\//, ''));
  }
  return files;
}

export async function measureInitialJs(outDir = 'dist'): Promise<InitialJs> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const files = await Promise.all(
    initialScripts(html).map(async (file) => ({ file, gzip: gzipSync(await readFile(join(outDir, file)), { level: 9 }).length })),
  );
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0) };
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
  console.log(`initial JS (gzip, ${result.files.length} files loaded or preloaded by ${outDir}/index.html): ${kb(result.gzip)}`);
  if (Number.isFinite(max) && result.gzip / 1024 > max) {
    console.error(`initial JS is over the ${max} KB budget`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
