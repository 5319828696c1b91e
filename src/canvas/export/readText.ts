/**
 * Reads text exactly as the browser laid it out: which characters ended up on which line, and
 * where each line sits. The SVG export writes these lines as `<tspan>`s, so a label breaks in the
 * SVG where it breaks on the canvas (Chinese breaks anywhere, `line-break: strict` keeps
 * punctuation off line starts — rules a re-implementation would get subtly wrong).
 *
 * Lines are found with Range.getClientRects per character, by binary search on the line's top,
 * so a 100,000-character label costs O(lines × log n) rect reads, not one per character.
 */
import type { Rect, TextBlock, TextLine } from '../../io/export/scene';

export type ToFlow = (r: DOMRectReadOnly) => Rect;

type Char = { node: Text; start: number; end: number };

function charsOf(el: Element): Char[] {
  const chars: Char[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const s = n.data;
    for (let i = 0; i < s.length; ) {
      const cp = s.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1; // a surrogate pair is one character; never measure half of it
      chars.push({ node: n, start: i, end: i + len });
      i += len;
    }
  }
  return chars;
}

function charRect(range: Range, c: Char): DOMRect | undefined {
  range.setStart(c.node, c.start);
  range.setEnd(c.node, c.end);
  const rects = range.getClientRects();
  for (const r of rects) if (r.height > 0) return r;
  return undefined;
}

const baselineCache = new Map<string, number>();

/** Ascent / (ascent + descent) of a font: where the baseline sits in a text run's rect. */
function baselineRatio(font: string): number {
  let ratio = baselineCache.get(font);
  if (ratio === undefined) {
    const ctx = document.createElement('canvas').getContext('2d');
    ratio = 0.8;
    if (ctx) {
      ctx.font = font;
      const m = ctx.measureText('国Hg');
      const total = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
      if (total > 0) ratio = m.fontBoundingBoxAscent / total;
    }
    baselineCache.set(font, ratio);
  }
  return ratio;
}

function lineFrom(chars: Char[], rects: (DOMRect | undefined)[], toFlow: ToFlow, anchor: TextBlock['anchor'], ratio: number): TextLine | undefined {
  let text = chars.map((c) => c.node.data.slice(c.start, c.end)).join('');
  // Hanging spaces and the newline that ended the line are not drawn.
  let last = chars.length - 1;
  while (last >= 0 && /^\s$/u.test(chars[last].node.data.slice(chars[last].start, chars[last].end))) last--;
  text = text.replace(/\s+$/u, '');
  if (!text) return undefined;
  const first = rects.find((r) => r && r.width > 0) ?? rects.find(Boolean);
  const end = rects.slice(0, last + 1).reverse().find((r) => r && r.width > 0) ?? first;
  if (!first || !end) return undefined;
  const a = toFlow(first);
  const b = toFlow(end);
  const x = anchor === 'middle' ? (a.x + b.x + b.width) / 2 : a.x;
  return { text, x, baseline: a.y + a.height * ratio };
}

/**
 * The lines of an element's text. With `clip`, characters the element hides (overflow with
 * `text-overflow: ellipsis`, as edge labels and badges do) are cut and an ellipsis added.
 */
export function readTextBlock(el: Element, toFlow: ToFlow, anchor: TextBlock['anchor'], clip = false): TextBlock {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize) || 14;
  const block: TextBlock = { lines: [], anchor, size, weight: Number(style.fontWeight) || 400, color: style.color };
  let chars = charsOf(el);
  if (chars.length === 0) return block;
  const range = el.ownerDocument.createRange();
  let ellipsis = false;
  if (clip && el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 0.5) {
    const box = el.getBoundingClientRect();
    const limit = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth) - size * 0.9; // room for "…"
    let keep = 0;
    while (keep < chars.length && (charRect(range, chars[keep])?.right ?? 0) <= limit) keep++;
    chars = chars.slice(0, keep);
    ellipsis = true;
  }
  const ratio = baselineRatio(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`);
  const rects = new Map<number, DOMRect | undefined>();
  const rectAt = (i: number) => {
    if (!rects.has(i)) rects.set(i, charRect(range, chars[i]));
    return rects.get(i);
  };
  const topAt = (i: number) => rectAt(i)?.top;

  let start = 0;
  while (start < chars.length) {
    // The line's top: the first character with a box (a newline alone may have none).
    let s = start;
    while (s < chars.length && topAt(s) === undefined) s++;
    if (s >= chars.length) break;
    const top = topAt(s)!;
    const tolerance = (rectAt(s)!.height || 1) / 2;
    const sameLine = (i: number) => {
      const t = topAt(i);
      return t === undefined || t < top + tolerance;
    };
    // Exponential then binary search for the last character still on this line.
    let lo = s;
    let step = 1;
    while (lo + step < chars.length && sameLine(lo + step)) {
      lo += step;
      step *= 2;
    }
    let hi = Math.min(chars.length - 1, lo + step);
    if (sameLine(hi)) lo = hi;
    while (lo < hi - 1) {
      const mid = (lo + hi) >> 1;
      if (sameLine(mid)) lo = mid;
      else hi = mid;
    }
    const lineChars = chars.slice(start, lo + 1);
    const line = lineFrom(lineChars, lineChars.map((_, k) => rectAt(start + k)), toFlow, anchor, ratio);
    if (line) block.lines.push(line);
    start = lo + 1;
  }
  range.detach();
  if (ellipsis && block.lines.length > 0) block.lines[block.lines.length - 1].text += '…';
  return block;
}
