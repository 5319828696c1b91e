/**
 * RFC 4180 CSV (and TSV / semicolon files, as Excel writes them in many locales): quoted fields
 * with doubled quotes and line breaks inside. Each row keeps its line number for messages.
 */
export type CsvRow = { line: number; cells: string[] };
export class CsvError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

/** The delimiter that splits the header line into the most fields, outside quotes. */
export function detectDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  let best = ',';
  let most = 0;
  for (const d of [',', '\t', ';']) {
    const n = first.split(d).length;
    if (n > most) { most = n; best = d; }
  }
  return best;
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let quoteLine = 0;
  let quoteColumn = 0;
  let lineStart = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; }
        else quoted = false;
      } else {
        if (ch === '\n') { line++; lineStart = i + 1; }
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') { quoted = true; cell = ''; quoteLine = line; quoteColumn = i - lineStart + 1; }
    else if (ch === delimiter) { cells.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      lineStart = i + 1;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new CsvError('a quoted field is never closed', quoteLine, quoteColumn);
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

const needsQuotes = (v: string, d: string) => v.includes(d) || /["\r\n]/.test(v) || /^\s|\s$/.test(v);

export function writeCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((r) => r.map((v) => (needsQuotes(v, delimiter) ? `"${v.replace(/"/g, '""')}"` : v)).join(delimiter)).join('\r\n') + '\r\n';
}
