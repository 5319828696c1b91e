/**
 * Size budgets of the import path (issue 17), checked on the parsed value BEFORE the schema,
 * repairs and the canvas do their (much more expensive) work. An accepted input used to freeze the
 * tab: 10,000 edges at one node took 12–27 s, 20,000 nodes 55–59 s, a 19.5-million-character
 * label 22 s; and a frozen draft froze again on every reload. Over a budget the input is refused
 * with a message naming the limit (code `over-limit`, `limit` says which). Documented in README
 * and docs/format.md; the defaults leave a wide margin over any real theory model (Figure 2 has
 * 40 nodes and 50 relations).
 */
import { msg } from '../i18n/message';
import { fail, sourceNoun, type ImportError, type ImportSource } from './types';

export type Budgets = {
  nodes: number;
  edges: number;
  /** Relations starting or ending at one node. */
  edgesPerNode: number;
  /** Characters in one label (node, edge, kind, relation type, title, and their translations). */
  labelChars: number;
  /** Characters in any other text field (descriptions, sources…). */
  textChars: number;
  /** Characters a share link may expand to. */
  linkChars: number;
};

export const DEFAULT_BUDGETS: Readonly<Budgets> = {
  nodes: 5_000,
  edges: 20_000,
  edgesPerNode: 1_000,
  labelChars: 10_000,
  textChars: 100_000,
  linkChars: 2 * 1024 * 1024,
};

export type LimitName = keyof Budgets;
export type OverLimit = { name: LimitName; max: number; actual: number };


export function overLimitError(limit: OverLimit, source?: ImportSource): ImportError {
  // Grouped as "5,000": the same digits in English and Chinese (zh-CN groups by thousands too).
  const n = (v: number) => v.toLocaleString('en');
  const params = { source: sourceNoun(source), max: n(limit.max), actual: n(limit.actual) };
  return {
    ...fail('over-limit', msg(`io.overLimit.${limit.name}`, params)).error,
    limit,
  };
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const LABEL_KEYS = new Set(['label', 'title']);

/** The first budget a parsed document exceeds, or null. Linear in the size of the value. */
export function checkBudgets(doc: unknown, budgets: Budgets = DEFAULT_BUDGETS): OverLimit | null {
  if (!isRecord(doc)) return null;
  const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  const edges = Array.isArray(doc.edges) ? doc.edges : [];
  if (nodes.length > budgets.nodes) return { name: 'nodes', max: budgets.nodes, actual: nodes.length };
  if (edges.length > budgets.edges) return { name: 'edges', max: budgets.edges, actual: edges.length };
  const degree = new Map<unknown, number>();
  let worst = 0;
  for (const e of edges) {
    if (!isRecord(e)) continue;
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      if (typeof end !== 'string') continue;
      const d = (degree.get(end) ?? 0) + 1;
      degree.set(end, d);
      if (d > worst) worst = d;
    }
  }
  if (worst > budgets.edgesPerNode) return { name: 'edgesPerNode', max: budgets.edgesPerNode, actual: worst };
  return checkText(doc, budgets);
}

/** Walks every string; labels (and their translations) have the smaller budget. Iterative. */
function checkText(doc: Json, budgets: Budgets): OverLimit | null {
  const stack: { value: unknown; label: boolean }[] = [{ value: doc, label: false }];
  while (stack.length > 0) {
    const { value, label } = stack.pop()!;
    if (typeof value === 'string') {
      const max = label ? budgets.labelChars : budgets.textChars;
      if (value.length > max) return { name: label ? 'labelChars' : 'textChars', max, actual: value.length };
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, label });
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) stack.push({ value: value[key], label: label || LABEL_KEYS.has(key) || key === 'labels' });
    }
  }
  return null;
}
