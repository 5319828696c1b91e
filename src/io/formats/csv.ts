/**
 * CSV node and edge lists (see tables.ts for the columns). Two files chosen together — elements
 * and connections — or one file with both. Written as one file: elements (Id, Label, Type = kind,
 * Parent, X, Y as absolute top-left corners) then connections (Id, Label, Type = relation type,
 * From, To). Cells that a spreadsheet would run as formulas are written with a leading `'`.
 */
import type { TheoryModel } from '../../model/types';
import { CsvError, parseCsv, writeCsv } from './csvSyntax';
import { absolutePositions, buildDocument, type ForeignGraph } from './graph';
import { guard, HEADER, readTables, type Table } from './tables';
import type { FormatModule, ReadOutcome } from './types';

const FORMAT = 'CSV';

export const read: NonNullable<FormatModule['read']> = (inputs, options): ReadOutcome => {
  const tables: Table[] = [];
  for (const input of inputs) {
    try {
      tables.push({ name: input.name, rows: parseCsv(input.text) });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      return { ok: false, error: { key: 'interop.error.syntax', params: { format: `${FORMAT} (${input.name})`, line: error.line, column: error.column }, line: error.line, column: error.column, details: [error.message] } };
    }
  }
  return finish(readTables(FORMAT, tables, options?.columns));
};

/** Tables give a foreign graph; this builds the document from it (shared with xlsx). */
export function finish(outcome: ReadOutcome): ReadOutcome {
  if (!outcome.ok) return outcome;
  const built = buildDocument(outcome.doc as ForeignGraph);
  return { ok: true, doc: built.doc, notes: [...outcome.notes, ...built.notes], needsLayout: built.needsLayout };
}

export function modelRows(doc: TheoryModel): string[][] {
  const abs = absolutePositions(doc.nodes);
  const round = (v: number) => String(Math.round(v * 100) / 100);
  const rows: string[][] = [HEADER];
  for (const n of doc.nodes) {
    const a = abs.get(n.id)!;
    rows.push([n.id, n.label, n.kind, n.parent ?? '', round(a.x), round(a.y), '', '', n.description ?? ''].map(guard));
  }
  for (const e of doc.edges) rows.push([e.id, e.label ?? '', e.relation, '', '', '', e.source, e.target, ''].map(guard));
  return rows;
}

export const write: NonNullable<FormatModule['write']> = (doc) => ({ text: writeCsv(modelRows(doc)) });
