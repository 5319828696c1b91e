/**
 * Where a JSON text stops being valid, in our own words. The parser's message differs per engine
 * and is always English ("Unexpected end of JSON input"), so a refusal's details name the line and
 * column instead, in the UI language. A small iterative scanner (no recursion: a 100,000-deep
 * text must not overflow the stack); it only runs after JSON.parse has already refused the text.
 */
export type JsonErrorPlace = { line: number; column: number; atEnd: boolean };

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** The first offending character (or the end), or null when the scanner finds the text valid. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const skip = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  /** A string starting at i; returns false at the first bad character (i points at it). */
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch < ' ') return false;
      if (ch === '\\') {
        ESCAPE.lastIndex = i + 1;
        const m = ESCAPE.exec(text);
        if (!m) {
          i++;
          return false;
        }
        i += 1 + m[0].length;
      } else i++;
    }
    return false;
  };
  /** A scalar, or the opening of a container (then `opened` is set). */
  let opened = false;
  const value = (): boolean => {
    opened = false;
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      opened = true;
      return true;
    }
    if (ch === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      const part = text.slice(i, i + word.length);
      if (part === word) {
        i += word.length;
        return true;
      }
      // "tru" at the very end: the text stops inside the word.
      if (part.length > 0 && i + part.length === text.length && word.startsWith(part)) {
        i = text.length;
        return false;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  /** `"key":` of an object member; false with i at the bad character. */
  const key = (): boolean => {
    if (text[i] !== '"' || !string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    skip();
    return true;
  };

  skip();
  if (!value()) return i;
  // After each value: close a container, or go on with `,` to the next member.
  for (;;) {
    const fresh = opened;
    opened = false;
    skip();
    const top = stack.at(-1);
    if (top === undefined) return i < text.length ? i : null;
    const ch = text[i];
    if (ch === undefined) return i;
    if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
      stack.pop();
      i++;
      continue;
    }
    if (!fresh) {
      if (ch !== ',') return i;
      i++;
      skip();
    }
    if (top === '{' && !key()) return i;
    if (!value()) return i;
  }
}

/** Line and column (1-based) of the place where `text` stops being valid JSON, or null. */
export function locateJsonError(text: string): JsonErrorPlace | null {
  const offset = jsonErrorOffset(text);
  if (offset === null) return null;
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset; k++) {
    if (text[k] === '\n') {
      line++;
      start = k + 1;
    }
  }
  return { line, column: offset - start + 1, atEnd: offset >= text.length };
}
