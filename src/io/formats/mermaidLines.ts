/**
 * Mermaid text that is not one statement per line: a quoted "Markdown string" may run on over
 * line breaks, and its `**bold**` and `*italic*` are only formatting. Used by mermaidSyntax.ts.
 */

/** A Markdown string's text: lines trimmed (their breaks kept), bold and italic markers removed. */
export function markdownText(md: string): string {
  return md
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?=[^\w*]|$)/g, '$1$2');
}

/**
 * The lines of the chart, with a quoted text that runs on over line breaks (a Markdown string)
 * kept in one statement; each with its 1-based line number where it starts.
 */
export function logicalLines(lines: readonly string[], from: number): [text: string, line: number][] {
  const out: [string, number][] = [];
  for (let n = from; n < lines.length; n++) {
    let text = lines[n];
    const start = n;
    while (openQuote(text) && n + 1 < lines.length) text += `\n${lines[++n]}`;
    out.push([text, start + 1]);
  }
  return out;
}

/** Whether the text ends inside a quoted string (comments after `%%` do not count). */
function openQuote(text: string): boolean {
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quote = !quote;
    else if (!quote && text[i] === '%' && text[i + 1] === '%') return false;
  }
  return quote;
}

