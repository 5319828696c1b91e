export function median(xs: number[]): number {
  return p(xs, 0.5);
}

/** The q-quantile (nearest rank) of xs; NaN for an empty list. */
export function p(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

const f = (x: unknown, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : String(x));

/** The printed summary: one block per section, floor (A) next to the editor (B) and B ÷ A. */
export function table(r: {
  render: Record<string, unknown>[];
  layout: Record<string, unknown>[];
  import: Record<string, unknown>[];
  autosave: Record<string, unknown>;
  size: { initialGzip: number; lazyGzip: Record<string, number> };
}): string {
  const lines: string[] = [];
  lines.push('| N | zoom A / B | load | mount A / B ms | pan p50 A / B | pan p95 A / B (B÷A) | drag p50 A / B | drag p95 A / B (B÷A) | commits/frame A / B | node renders/frame A / B |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const x of r.render) {
    const ratio = (x.dragP95B as number) / (x.dragP95A as number);
    lines.push(`| ${x.n} | ${f(x.zoomA, 2)} / ${f(x.zoomB, 2)} | ${f(x.load)} | ${f(x.mountA, 0)} / ${f(x.mountB, 0)} | ${f(x.panP50A)} / ${f(x.panP50B)} | ${f(x.panP95A)} / ${f(x.panP95B)} (${f((x.panP95B as number) / (x.panP95A as number), 2)}) | ${f(x.dragP50A)} / ${f(x.dragP50B)} | ${f(x.dragP95A)} / ${f(x.dragP95B)} (${f(ratio, 2)}) | ${f(x.commitsPerFrameA, 2)} / ${f(x.commitsPerFrameB, 2)} | ${f(x.nodeRendersPerFrameA, 2)} / ${f(x.nodeRendersPerFrameB, 2)} |`);
  }
  lines.push('', '| layout N | raw elk.layout ms | pipeline ms | overhead |', '|---|---|---|---|');
  for (const x of r.layout) lines.push(`| ${x.n} | ${f(x.rawElk, 0)} | ${f(x.pipeline, 0)} | ${f(x.overheadPct)} % |`);
  lines.push('', '| import N | bytes | parse+validate+repair ms |', '|---|---|---|');
  for (const x of r.import) lines.push(`| ${x.n} | ${x.bytes} | ${f(x.importMs)} |`);
  lines.push('', `autosave serialize+write (${r.autosave.n} nodes): ${f(r.autosave.serializeWriteMs, 2)} ms median, ${f(r.autosave.p95, 2)} ms p95`);
  lines.push(`initial JS (gzip): ${(r.size.initialGzip / 1024).toFixed(1)} KB; lazy: ${Object.entries(r.size.lazyGzip).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`).join(', ')}`);
  return lines.join('\n');
}
