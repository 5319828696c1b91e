/**
 * Step 2: text → value. Never `JSON.parse(x) as T`: the result is `unknown` until the schema has
 * checked it, and it always goes through sanitize() (reserved keys, depth) first.
 */
import { msg, rawText } from '../i18n/message';
import { locateJsonError } from './jsonError';
import { fail, sourceNoun, type ImportError, type ImportSource } from './types';

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: ImportError };

export function parseJson(text: string, source?: ImportSource): ParseResult {
  // Editors on Windows sometimes save a byte-order mark; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty', msg('io.empty', { source: sourceNoun(source) }));
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    // The engine's own words are English and differ per browser: name the place instead, in the
    // UI language (the engine's text only if our scanner disagrees with it).
    const place = locateJsonError(body);
    const detail = place
      ? msg(place.atEnd ? 'io.json.end' : 'io.json.at', { line: place.line, column: place.column })
      : rawText(error instanceof Error ? error.message : String(error));
    // The classic interrupted save (zsviczian/obsidian-excalidraw-plugin#746): saying "cut off"
    // helps more than a parser position. Parser messages differ per engine, so look at the text.
    const message = msg(looksTruncated(body) ? 'io.cutOff' : 'io.notJson', { source: sourceNoun(source) });
    return fail('not-json', message, [detail]);
  }
}

/** True when the text ends inside a string or with unclosed `{`/`[` — i.e. it stops mid-document. */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return inString || depth > 0;
}
