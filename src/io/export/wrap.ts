/**
 * Line breaking for text the export draws itself (title, legend). Labels inside the figure are
 * NOT wrapped here: their lines are read from the canvas. Chinese and Japanese break between
 * any two characters; other scripts break at spaces; a closing punctuation mark never starts a
 * line (basic kinsoku), and a word longer than the line is split rather than overflowing.
 */

export type Measure = (text: string) => number;

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const NO_LINE_START = /^[，。、；：！？）】》」』”’,.;:!?)\]}%·…]/u;

/** Break opportunities: each CJK character, each run of other non-space characters, each space run. */
function segments(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.match(/\s+|[^\s]+/gu) ?? []) {
    if (/^\s/u.test(piece)) {
      out.push(piece);
      continue;
    }
    let word = '';
    for (const ch of piece) {
      if (CJK.test(ch)) {
        if (word) out.push(word);
        word = '';
        out.push(ch);
      } else word += ch;
    }
    if (word) out.push(word);
  }
  // Glue closing punctuation to what precedes it so it cannot open a line.
  const glued: string[] = [];
  for (const s of out) {
    if (glued.length > 0 && NO_LINE_START.test(s) && !/^\s/u.test(glued[glued.length - 1])) glued[glued.length - 1] += s;
    else glued.push(s);
  }
  return glued;
}

function splitLong(word: string, maxWidth: number, measure: Measure): string[] {
  const parts: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur && measure(cur + ch) > maxWidth) {
      parts.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  return parts;
}

/**
 * Greedy lines no wider than `maxWidth` (except a single character that alone is wider).
 * At most `maxLines`; when cut, the last line ends with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Infinity): string[] {
  const lines: string[] = [];
  paragraphs: for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const seg of segments(paragraph)) {
      if (lines.length > maxLines) break paragraphs; // a 100,000-character title stops here
      const isSpace = /^\s/u.test(seg);
      if (measure(line + seg) <= maxWidth || (line === '' && isSpace)) {
        line += seg;
        continue;
      }
      if (isSpace) {
        lines.push(line);
        line = '';
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      const pieces = measure(seg) > maxWidth ? splitLong(seg, maxWidth, measure) : [seg];
      for (const piece of pieces.slice(0, -1)) lines.push(piece);
      line = pieces[pieces.length - 1];
    }
    lines.push(line.trimEnd());
    if (lines.length > maxLines) break;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateText(`${kept[maxLines - 1]}…`, maxWidth, measure);
  return kept;
}

/** The text, cut with an ellipsis so it is no wider than `maxWidth`. Cuts by code point, never inside a surrogate pair. */
export function truncateText(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text.endsWith('…') ? text.slice(0, -1) : text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
