/**
 * Template text (format v2, issue 6). In a model that declares `template.placeholders`, every text
 * field is template text:
 *
 *   `{id}`          a placeholder (id: a letter or `_`, then letters, digits or `_`)
 *   `{{` and `}}`   a literal `{` and `}`
 *   any other brace a literal brace (`{ 1 }`, a lone `}`): lenient, so hand-written text never breaks
 *
 * Filling is one pass over the parsed segments: a value is inserted as it is and never parsed
 * again, so a value that itself contains `{x}`, `}}` or Chinese punctuation (「」，、) stays literal.
 * Text of an ordinary model (no template block) is never parsed: its braces are just braces.
 */

export const PLACEHOLDER_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLACEHOLDER_AT = /\{([A-Za-z_][A-Za-z0-9_]*)\}/y;

export type Segment = { kind: 'text'; text: string } | { kind: 'placeholder'; id: string };

export function parseTemplate(text: string): Segment[] {
  const segments: Segment[] = [];
  let literal = '';
  const flush = () => {
    if (literal) segments.push({ kind: 'text', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if ((ch === '{' || ch === '}') && text[i + 1] === ch) {
      literal += ch;
      i += 2;
      continue;
    }
    if (ch === '{') {
      PLACEHOLDER_AT.lastIndex = i;
      const match = PLACEHOLDER_AT.exec(text);
      if (match) {
        flush();
        segments.push({ kind: 'placeholder', id: match[1] });
        i += match[0].length;
        continue;
      }
    }
    literal += ch;
    i += 1;
  }
  flush();
  return segments;
}

/** Literal text → template text that means exactly that text: every brace doubled. */
export function escapeTemplateText(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

export function serializeTemplate(segments: readonly Segment[]): string {
  return segments.map((s) => (s.kind === 'text' ? escapeTemplateText(s.text) : `{${s.id}}`)).join('');
}

/** The placeholder ids the text uses, in order of first use. */
export function placeholderIds(text: string): string[] {
  const ids = new Set<string>();
  for (const s of parseTemplate(text)) if (s.kind === 'placeholder') ids.add(s.id);
  return [...ids];
}

/**
 * What a placeholder is worth while filling: a string is inserted literally; `null` means the
 * placeholder is declared but has no value here (the whole text cannot be filled); `undefined`
 * means it is not declared, so `{id}` stays in the result as written.
 */
export type Lookup = (id: string) => string | null | undefined;

/** Fills template text; `null` when a declared placeholder has no value. */
export function fillTemplate(text: string, lookup: Lookup): string | null {
  let out = '';
  for (const segment of parseTemplate(text)) {
    if (segment.kind === 'text') {
      out += segment.text;
      continue;
    }
    const value = lookup(segment.id);
    if (value === null) return null;
    out += value === undefined ? `{${segment.id}}` : value;
  }
  return out;
}

/**
 * Replaces every occurrence of the words in the literal parts of template text with placeholders
 * (Save as template). Longer words win where words overlap (智能制造企业 before 智能制造), and text
 * already turned into a placeholder is never matched again. Counts replacements per id in `counts`.
 */
export function extractPlaceholders(segments: readonly Segment[], words: ReadonlyMap<string, string>, counts?: Map<string, number>): Segment[] {
  const ordered = [...words.entries()].filter(([word]) => word.length > 0).sort((a, b) => b[0].length - a[0].length);
  if (ordered.length === 0) return [...segments];
  const out: Segment[] = [];
  for (const segment of segments) {
    if (segment.kind === 'placeholder') {
      out.push(segment);
      continue;
    }
    let literal = '';
    let i = 0;
    const text = segment.text;
    while (i < text.length) {
      const hit = ordered.find(([word]) => text.startsWith(word, i));
      if (!hit) {
        literal += text[i];
        i += 1;
        continue;
      }
      if (literal) out.push({ kind: 'text', text: literal });
      literal = '';
      out.push({ kind: 'placeholder', id: hit[1] });
      counts?.set(hit[1], (counts.get(hit[1]) ?? 0) + 1);
      i += hit[0].length;
    }
    if (literal) out.push({ kind: 'text', text: literal });
  }
  return out;
}
