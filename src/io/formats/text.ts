/**
 * Text helpers for readers. HTML labels (draw.io, Graphviz `<…>` labels) become plain text with a
 * small tokenizer: tags are dropped and entities decoded, and nothing is ever parsed as HTML or
 * put into the DOM, so markup in a foreign label can never run or render.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const BREAKS = /^(br|p|div|li|tr|h[1-6])$/i;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const key = name.toLowerCase();
    return Object.hasOwn(ENTITIES, key) ? ENTITIES[key] : whole;
  });
}

/** `a<br>b <b>c</b>` → "a\nb c". Line-breaking tags become newlines; `<script>` content is dropped. */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { out += html.slice(i); break; }
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt);
    if (gt < 0) { out += html.slice(lt); break; }
    const tag = /^<\/?\s*([a-z0-9]+)/i.exec(html.slice(lt, gt + 1))?.[1] ?? '';
    if (/^(script|style)$/i.test(tag) && html[lt + 1] !== '/') {
      const close = html.toLowerCase().indexOf(`</${tag.toLowerCase()}`, gt);
      i = close < 0 ? html.length : html.indexOf('>', close) + 1 || html.length;
      continue;
    }
    if (BREAKS.test(tag) && (tag.toLowerCase() === 'br' || html[lt + 1] === '/' || out.length > 0) && !out.endsWith('\n')) out += '\n';
    i = gt + 1;
  }
  return decodeEntities(out).replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
}

/** A 1-based line and column of an offset in the text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') { line++; last = i; }
  return { line, column: offset - last };
}
