/**
 * A comparison of two models as a table (issue 14): CSV (RFC 4180, with a BOM so spreadsheet
 * programs read Chinese as UTF-8) and Markdown. The words (headings, statuses, change names) come
 * from the caller in the UI language; the labels are the models' own text, never markup.
 */
import type { DiffStatus, ModelDiff } from '../model/compare/diff';
import { localize } from '../model/language';
import type { TheoryModel } from '../model/types';

export type TableWords = {
  headers: [status: string, type: string, first: string, second: string, changes: string];
  status: (s: DiffStatus) => string;
  change: (c: string) => string;
  kind: (id: string) => string;
  relation: (id: string) => string;
};

type Row = [string, string, string, string, string];

function rows(diff: ModelDiff, a: TheoryModel, b: TheoryModel, lang: string, words: TableWords, withUnchanged: boolean): Row[] {
  const nameIn = (doc: TheoryModel, id: string | undefined) => {
    const n = id !== undefined ? doc.nodes.find((x) => x.id === id) : undefined;
    return n ? localize(n.label, n.labels, lang, doc.meta.language).text : '';
  };
  const out: Row[] = [];
  for (const x of diff.nodes) {
    if (!withUnchanged && x.status === 'unchanged') continue;
    const kind = (x.b ?? x.a)!.kind;
    out.push([words.status(x.status), words.kind(kind), nameIn(a, x.a?.id), nameIn(b, x.b?.id), x.changes.map(words.change).join(', ')]);
  }
  for (const x of diff.edges) {
    if (!withUnchanged && x.status === 'unchanged') continue;
    const ends = (doc: TheoryModel, e: typeof x.a) => (e ? `${nameIn(doc, e.source)} → ${nameIn(doc, e.target)}` : '');
    out.push([words.status(x.status), words.relation((x.b ?? x.a)!.relation), ends(a, x.a), ends(b, x.b), x.changes.map(words.change).join(', ')]);
  }
  return out;
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) || /^[=+\-@\t]/.test(s) ? `"${(/^[=+\-@\t]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s);

/** CSV; a cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
export function compareCsv(diff: ModelDiff, a: TheoryModel, b: TheoryModel, lang: string, words: TableWords): string {
  const lines = [words.headers, ...rows(diff, a, b, lang, words, true)].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([*_`<>[\]])/g, '\\$1');

/** Markdown: the differences only (an unchanged row says nothing a reader needs). */
export function compareMarkdown(diff: ModelDiff, a: TheoryModel, b: TheoryModel, lang: string, words: TableWords, title: string): string {
  const body = rows(diff, a, b, lang, words, false).map((r) => `| ${r.map(mdCell).join(' | ')} |`);
  return [`# ${mdCell(title)}`, '', `| ${words.headers.map(mdCell).join(' | ')} |`, `|${' --- |'.repeat(5)}`, ...body, ''].join('\n');
}
