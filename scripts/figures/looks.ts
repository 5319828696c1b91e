/**
 * "Told apart without colour" (issue 10): printed in greyscale, every two relation types must
 * still differ in line pattern, line width or arrowheads, as the canvas renders them.
 */

export type Look = { dash: string; width: number; head: string; tail: string };

/** Widths closer than this read as the same line in print. */
export const WIDTH_STEP = 0.5;

/** "7.2, 4.8" and "7.20px 4.8px" are one pattern; "none", "" and "0" are a solid line. */
export function normalizeDash(dash: string): string {
  const numbers = dash.split(/[\s,]+/).map((s) => parseFloat(s)).filter((n) => Number.isFinite(n));
  if (numbers.length === 0 || numbers.every((n) => n === 0)) return 'solid';
  return numbers.map((n) => Math.round(n * 10) / 10).join(' ');
}

/** How two looks differ, by aspect; empty when they look the same without colour. */
export function differences(a: Look, b: Look): string[] {
  const out: string[] = [];
  if (normalizeDash(a.dash) !== normalizeDash(b.dash)) out.push('pattern');
  if (Math.abs(a.width - b.width) >= WIDTH_STEP) out.push('width');
  if (a.head !== b.head || a.tail !== b.tail) out.push('arrowheads');
  return out;
}

export type LookReport = {
  types: { id: string; look: Look; edges: number; inconsistent: boolean }[];
  /** Pairs of relation types that look the same in greyscale. */
  alike: [string, string][];
};

/** One look per relation type (its first rendered edge); `inconsistent` if its edges disagree. */
export function compareLooks(edges: readonly { relation: string; look: Look }[]): LookReport {
  const byType = new Map<string, { look: Look; edges: number; inconsistent: boolean }>();
  for (const { relation, look } of edges) {
    const seen = byType.get(relation);
    if (!seen) byType.set(relation, { look, edges: 1, inconsistent: false });
    else byType.set(relation, { ...seen, edges: seen.edges + 1, inconsistent: seen.inconsistent || differences(seen.look, look).length > 0 });
  }
  const types = [...byType].map(([id, v]) => ({ id, ...v }));
  const alike: [string, string][] = [];
  for (let i = 0; i < types.length; i++) {
    for (let j = i + 1; j < types.length; j++) if (differences(types[i].look, types[j].look).length === 0) alike.push([types[i].id, types[j].id]);
  }
  return { types, alike };
}
