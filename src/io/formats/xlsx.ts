/**
 * Excel workbooks: every sheet is a table read like a CSV file (tables.ts), so a Kumu-style
 * workbook with an "Elements" and a "Connections" sheet imports in one go. Written as two sheets,
 * Elements and Connections. read-excel-file and write-excel-file load only with this module.
 */
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { TheoryModel } from '../../model/types';
import { finish, modelRows } from './csv';
import { readTables, type Table } from './tables';
import type { FormatModule, ReadOutcome } from './types';

const FORMAT = 'Excel';

export const read: NonNullable<FormatModule['read']> = async (inputs, options): Promise<ReadOutcome> => {
  const tables: Table[] = [];
  for (const input of inputs) {
    const bytes = input.bytes ?? new TextEncoder().encode(input.text);
    let sheets;
    try {
      sheets = await readXlsxFile(bytes.slice().buffer);
    } catch (error) {
      return { ok: false, error: { key: 'interop.error.invalid', params: { format: FORMAT }, details: [error instanceof Error ? error.message : String(error)] } };
    }
    for (const s of sheets) {
      tables.push({ name: `${input.name}: ${s.sheet}`, rows: s.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c))) })) });
    }
  }
  return finish(readTables(FORMAT, tables, options?.columns));
};

export const write: NonNullable<FormatModule['write']> = async (doc: TheoryModel) => {
  const [header, ...rows] = modelRows(doc);
  const elements = rows.slice(0, doc.nodes.length);
  const connections = rows.slice(doc.nodes.length);
  const cells = (r: string[]) => r.map((value) => ({ value }));
  const sheet = (name: string, data: string[][]) => ({ sheet: name, data: [cells(header), ...data.map(cells)] });
  const blob = await writeXlsxFile([sheet('Elements', elements), sheet('Connections', connections)]).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()) };
};
