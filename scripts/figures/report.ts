/**
 * The figures check's results: one row per model × language × state, with the canvas's and the
 * exported SVG's findings, printed as a table and written as JSON.
 */
import type { Findings } from './analyse';

export type Where = Findings & {
  /** What should be there and is not (nodes the canvas does not render, edges the SVG drops…). */
  missing: string[];
};
export type Row = { model: string; lang: string; state: string; canvas: Where; svg?: Where; error?: string };

export type Counts = { nodeOverlaps: number; edgeCrossings: number; labelOverlaps: number; missing: number };
const KINDS = ['nodeOverlaps', 'edgeCrossings', 'labelOverlaps', 'missing'] as const;

export function counts(w: Where): Counts {
  return { nodeOverlaps: w.nodeOverlaps.length, edgeCrossings: w.edgeCrossings.length, labelOverlaps: w.labelOverlaps.length, missing: w.missing.length };
}

export function failures(row: Row): number {
  const sum = (w?: Where) => (w ? KINDS.reduce((n, k) => n + w[k].length, 0) : 0);
  return sum(row.canvas) + sum(row.svg) + (row.error ? 1 : 0);
}

const cell = (w?: Where) => (w ? KINDS.map((k) => w[k].length).join(' / ') : '—');

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd()).join('\n');
}

/** The table, then the first few offenders of each failing row. */
export function formatReport(rows: readonly Row[], offendersPerKind = 3): string {
  const head = ['model', 'lang', 'state', 'canvas nodes/edges/labels/missing', 'svg nodes/edges/labels/missing'];
  const table = pad([head, ...rows.map((r) => [r.model, r.lang, r.state, r.error ? 'ERROR' : cell(r.canvas), cell(r.svg)])]);
  const details: string[] = [];
  for (const r of rows) {
    if (failures(r) === 0) continue;
    const lines: string[] = [];
    if (r.error) lines.push(`  error: ${r.error}`);
    for (const [where, w] of [['canvas', r.canvas], ['svg', r.svg]] as const) {
      if (!w) continue;
      for (const k of KINDS) {
        if (w[k].length === 0) continue;
        // The SVG draws the canvas's scene: name its offenders only where the counts differ.
        if (where === 'svg' && w[k].length === r.canvas[k].length) continue;
        const more = w[k].length > offendersPerKind ? ` (+${w[k].length - offendersPerKind} more)` : '';
        lines.push(`  ${where} ${k}: ${w[k].slice(0, offendersPerKind).join('; ')}${more}`);
      }
    }
    details.push(`${r.model} · ${r.lang} · ${r.state}\n${lines.join('\n')}`);
  }
  return [table, ...(details.length ? ['', 'First offenders (the SVG\'s only where its counts differ from the canvas\'s):', ...details] : [])].join('\n');
}
