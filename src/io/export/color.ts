/**
 * Colours for the SVG export. The canvas reads its colours from the stylesheet, where mixes
 * such as `color-mix(in srgb, c 9%, #fff)` compute to CSS Color 4 values (`color(srgb r g b / a)`)
 * that Word, Inkscape and older SVG renderers don't understand. Every colour the SVG gets is
 * turned into plain `#rrggbb` plus a separate opacity, which SVG 1.1 renderers all read.
 */

export type Paint = { hex: string; alpha: number };

export const FALLBACK_PAINT: Paint = { hex: '#6b7280', alpha: 1 };

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const hex2 = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');
const toHex = (r: number, g: number, b: number) => `#${hex2(r)}${hex2(g)}${hex2(b)}`;
const num = (s: string) => (s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s));

/**
 * `#rgb[a]`, `#rrggbb[aa]`, `rgb()/rgba()` (comma or space syntax), `color(srgb r g b [/ a])` and
 * `transparent`; anything else (a `url(…)`, an injected string) is undefined.
 */
export function parseCssColor(value: string | undefined): Paint | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'transparent') return { hex: '#000000', alpha: 0 };
  let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (m) {
    let h = m[1];
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
    return { hex: toHex(r, g, b), alpha: h.length === 8 ? parseInt(h.slice(6, 8), 16) / 255 : 1 };
  }
  const number = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?`;
  m = new RegExp(String.raw`^rgba?\(\s*(${number})[\s,]+(${number})[\s,]+(${number})(?:\s*[,/]\s*(${number}))?\s*\)$`).exec(v);
  if (m) {
    const channel = (s: string) => (s.endsWith('%') ? num(s) * 255 : Number(s));
    return { hex: toHex(channel(m[1]), channel(m[2]), channel(m[3])), alpha: m[4] === undefined ? 1 : clamp01(num(m[4])) };
  }
  m = new RegExp(String.raw`^color\(\s*srgb\s+(${number})\s+(${number})\s+(${number})(?:\s*/\s*(${number}))?\s*\)$`).exec(v);
  if (m) {
    return { hex: toHex(num(m[1]) * 255, num(m[2]) * 255, num(m[3]) * 255), alpha: m[4] === undefined ? 1 : clamp01(num(m[4])) };
  }
  return undefined;
}

/** A paint for SVG attributes; unreadable colours become the neutral grey rather than reaching the file. */
export function paint(value: string | undefined): Paint {
  return parseCssColor(value) ?? FALLBACK_PAINT;
}
