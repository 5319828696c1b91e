/**
 * The statements of the text notation, line by line, before any name is looked up in the
 * vocabulary (that is resolve.ts). One statement per line:
 *
 *   id: kind ["label"] [{]          a node; `{` opens a group's block, `}` on its own line closes it
 *   [id:] source -> target [: relation] ["label"]   an edge
 *
 * A label may also be written without quotes: the rest of the line (before a comment).
 */
import { lexLine, type Token } from './lexer';
import type { TextErrorCode } from './types';

/** A name or a label as written: its value and where it is in the whole text. */
export type Written = { value: string; from: number; to: number };

export type NodeStatement = { type: 'node'; id: Written; kind: Written; label?: Written; opens: boolean };
export type EdgeStatement = { type: 'edge'; id?: Written; source: Written; target: Written; relation?: Written; label?: Written };
export type Statement = NodeStatement | EdgeStatement | { type: 'close' };

export type SyntaxError = { code: TextErrorCode; from: number; to: number; params?: Record<string, string> };

export type Line = {
  /** 0-based line number. */
  index: number;
  /** Offsets of the line in the text (without its line break). */
  from: number;
  to: number;
  text: string;
  statement?: Statement;
  /** Where the statement's text ends in the line (before spaces and a comment); offset in the line. */
  statementEnd: number;
  error?: SyntaxError;
};

const written = (t: Token, base: number): Written => ({ value: t.value, from: base + t.from, to: base + t.to });
const isName = (t: Token | undefined) => t !== undefined && (t.type === 'word' || t.type === 'string');

/** The label: one quoted string, or the raw rest of the line from token `start` to token `end` (exclusive). */
function labelOf(line: string, tokens: Token[], start: number, end: number, base: number): Written | undefined {
  if (start >= end) return undefined;
  if (end - start === 1 && tokens[start].type === 'string') return written(tokens[start], base);
  const from = tokens[start].from;
  const to = tokens[end - 1].to;
  return { value: line.slice(from, to), from: base + from, to: base + to };
}

function parseStatement(line: string, tokens: Token[], base: number): { statement?: Statement; error?: SyntaxError } {
  const err = (code: TextErrorCode, t: Token | undefined, params?: Record<string, string>) => ({
    error: { code, from: base + (t?.from ?? line.length), to: base + (t?.to ?? line.length), ...(params ? { params } : {}) },
  });
  const [a, b, c, d] = tokens;
  if (a.type === 'close') return tokens.length === 1 ? { statement: { type: 'close' } } : err('unexpected', tokens[1], { text: tokens[1].value });
  if (!isName(a)) return err('expected-name', a, { text: a.value });
  // Edge with its own id: `id: source -> target …`
  if (b?.type === 'colon' && isName(c) && d?.type === 'arrow') return edge(tokens, 2);
  if (b?.type === 'arrow') return edge(tokens, 0);
  if (b?.type !== 'colon') return b ? err('expected-colon', b, { text: b.value }) : err('missing-kind', undefined, { id: a.value });
  if (!isName(c)) return err('missing-kind', c, { id: a.value });
  let end = tokens.length;
  const opens = tokens[end - 1].type === 'open';
  if (opens) end--;
  // `{}` at the end: an empty block, the same as none.
  const emptyBlock = !opens && end >= 2 && tokens[end - 1].type === 'close' && tokens[end - 2].type === 'open';
  if (emptyBlock) end -= 2;
  const stray = tokens.slice(3, end).find((t) => t.type === 'open' || t.type === 'close');
  if (stray) return err('unexpected', stray, { text: stray.value });
  const label = labelOf(line, tokens, 3, end, base);
  return { statement: { type: 'node', id: written(a, base), kind: written(c, base), ...(label ? { label } : {}), opens } };

  /** `s`: the index of the source token (2 when the edge names its own id first). */
  function edge(ts: Token[], s: number) {
    const source = ts[s];
    const target = ts[s + 2];
    if (!isName(target)) return err('missing-target', target, { text: target?.value ?? '' });
    let rest = s + 3;
    let relation: Written | undefined;
    if (ts[rest]?.type === 'colon') {
      if (!isName(ts[rest + 1])) return err('missing-relation', ts[rest + 1]);
      relation = written(ts[rest + 1], base);
      rest += 2;
    }
    const stray = ts.slice(rest).find((t) => t.type === 'open' || t.type === 'close' || t.type === 'arrow');
    if (stray) return err(stray.type === 'arrow' ? 'chain' : 'unexpected', stray, { text: stray.value });
    const label = labelOf(line, ts, rest, ts.length, base);
    const statement: EdgeStatement = {
      type: 'edge',
      ...(s === 2 ? { id: written(ts[0], base) } : {}),
      source: written(source, base),
      target: written(target, base),
      ...(relation ? { relation } : {}),
      ...(label ? { label } : {}),
    };
    return { statement };
  }
}

/** Splits the text into lines and reads each one's statement (or its syntax error). */
export function scan(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (const [index, raw] of text.split('\n').entries()) {
    const lexed = lexLine(raw);
    const line: Line = { index, from, to: from + raw.length, text: raw, statementEnd: 0 };
    const last = lexed.tokens[lexed.tokens.length - 1];
    line.statementEnd = last ? last.to : 0;
    if (lexed.unclosedString !== undefined) {
      line.error = { code: 'unclosed-string', from: from + lexed.unclosedString, to: from + raw.length };
      line.statementEnd = raw.trimEnd().length;
    } else if (lexed.tokens.length > 0) {
      const { statement, error } = parseStatement(raw, lexed.tokens, from);
      if (statement) line.statement = statement;
      if (error) line.error = error;
    }
    lines.push(line);
    from += raw.length + 1;
  }
  return lines;
}
