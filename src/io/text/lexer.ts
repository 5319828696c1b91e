/**
 * Tokens of one line of the text notation (docs/text-notation.md). The notation is line-based, so a
 * line is lexed alone: an error on one line never changes how the next one reads, and the
 * incremental update (update.ts) can keep every line it does not need to touch byte for byte.
 *
 * Chinese input methods type full-width punctuation, so `：` is a colon, `→` an arrow, and “…” or
 * 「…」 quote like "…".
 */

export type TokenType = 'word' | 'string' | 'colon' | 'arrow' | 'open' | 'close';

/** `from`/`to` are offsets in the line (0-based, `to` exclusive); `value` is the unescaped text. */
export type Token = { type: TokenType; value: string; from: number; to: number };

export type LexedLine = {
  tokens: Token[];
  /** Where a `#` or `//` comment starts, if there is one. */
  commentFrom?: number;
  /** An opening quote with no closing one: the offset of the quote. */
  unclosedString?: number;
};

const CLOSING: Record<string, string> = { '"': '"', '“': '”', '「': '」' };
/** Characters that end a bare word (besides whitespace, `->` and comments). */
const STOP = new Set([':', '：', '{', '}', '"', '“', '”', '「', '」']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\r';
}

function startsComment(line: string, i: number): boolean {
  return line[i] === '#' || (line[i] === '/' && line[i + 1] === '/');
}

function startsArrow(line: string, i: number): number {
  if (line[i] === '→') return 1;
  if (line[i] === '-' && line[i + 1] === '>') return 2;
  return 0;
}

/** Reads a quoted string starting at `i`; escapes `\"`, `\\`, `\n`, `\r` (and `\` before any closing quote). */
function readString(line: string, i: number): { value: string; end: number } | undefined {
  const close = CLOSING[line[i]];
  let value = '';
  let j = i + 1;
  while (j < line.length) {
    const ch = line[j];
    if (ch === '\\' && j + 1 < line.length) {
      const next = line[j + 1];
      value += next === 'n' ? '\n' : next === 'r' ? '\r' : next;
      j += 2;
      continue;
    }
    if (ch === close) return { value, end: j + 1 };
    value += ch;
    j++;
  }
  return undefined;
}

export function lexLine(line: string): LexedLine {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (startsComment(line, i)) return { tokens, commentFrom: i };
    const arrow = startsArrow(line, i);
    if (arrow) {
      tokens.push({ type: 'arrow', value: '->', from: i, to: i + arrow });
      i += arrow;
      continue;
    }
    if (ch === ':' || ch === '：') {
      tokens.push({ type: 'colon', value: ':', from: i, to: i + 1 });
      i++;
      continue;
    }
    if (ch === '{' || ch === '}') {
      tokens.push({ type: ch === '{' ? 'open' : 'close', value: ch, from: i, to: i + 1 });
      i++;
      continue;
    }
    if (Object.hasOwn(CLOSING, ch)) {
      const s = readString(line, i);
      if (!s) return { tokens, unclosedString: i };
      tokens.push({ type: 'string', value: s.value, from: i, to: s.end });
      i = s.end;
      continue;
    }
    let j = i;
    while (j < line.length && !isSpace(line[j]) && !STOP.has(line[j]) && !startsComment(line, j) && !startsArrow(line, j)) j++;
    if (j === i) j = i + 1; // a stray closing quote: a word of its own, reported by the parser
    tokens.push({ type: 'word', value: line.slice(i, j), from: i, to: j });
    i = j;
  }
  return { tokens };
}

/** Whether `text` can be written as a bare word (otherwise it is quoted). */
export function isBareWord(text: string): boolean {
  if (text === '' || /[\n\r]/.test(text)) return false;
  const lexed = lexLine(text);
  return lexed.commentFrom === undefined && lexed.tokens.length === 1 && lexed.tokens[0].type === 'word' && lexed.tokens[0].value === text;
}

/** `text` quoted with `"`, escaping `\`, `"` and line breaks (an editor would split the line at a raw one). */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

/** An id or a vocabulary name as the notation writes it: bare when it can be, quoted otherwise. */
export function writeName(text: string): string {
  return isBareWord(text) ? text : quote(text);
}
