/**
 * Foreign colours to the format's `#rrggbb`. Tools write named colours (Graphviz, CSS), `#rgb`,
 * `#rrggbbaa` (yEd, Graphviz) and `rgb(…)`; anything else is not a colour we can carry, and the
 * caller reports it rather than passing a free-form string on (the schema refuses those: a style
 * string is how CVE-2019-13127 got into mxGraph pages).
 */
const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', purple: '#800080', pink: '#ffc0cb', brown: '#a52a2a', gray: '#808080', grey: '#808080',
  cyan: '#00ffff', magenta: '#ff00ff', navy: '#000080', teal: '#008080', olive: '#808000', maroon: '#800000',
  lime: '#00ff00', aqua: '#00ffff', fuchsia: '#ff00ff', silver: '#c0c0c0', gold: '#ffd700', violet: '#ee82ee',
  indigo: '#4b0082', coral: '#ff7f50', salmon: '#fa8072', khaki: '#f0e68c', orchid: '#da70d6', tan: '#d2b48c',
  beige: '#f5f5dc', lightblue: '#add8e6', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', lightgreen: '#90ee90',
  lightyellow: '#ffffe0', darkgreen: '#006400', darkblue: '#00008b', darkred: '#8b0000', darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9', darkorange: '#ff8c00', skyblue: '#87ceeb', steelblue: '#4682b4', tomato: '#ff6347',
  crimson: '#dc143c', firebrick: '#b22222', forestgreen: '#228b22', royalblue: '#4169e1', slategray: '#708090',
  deepskyblue: '#00bfff', goldenrod: '#daa520', burlywood: '#deb887', greenyellow: '#adff2f', darkseagreen: '#8fbc8f',
  dodgerblue: '#1e90ff', lightgoldenrodyellow: '#fafad2', palegreen: '#98fb98', lightsalmon: '#ffa07a', plum: '#dda0dd',
  lightpink: '#ffb6c1', lavender: '#e6e6fa', wheat: '#f5deb3', chartreuse: '#7fff00', turquoise: '#40e0d0',
};

/** `#rrggbb` (lower case), or undefined when the value is not a colour this can read. */
export function toHex(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent' || v === 'default') return undefined;
  let m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(v);
  if (m) return `#${m[1]}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(v);
  if (m) return `#${[m[1], m[2], m[3]].map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0')).join('')}`;
  const name = v.replace(/[\s_-]/g, '').replace(/\d+$/, '');
  return Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
}

/** Black or white text on this fill, whichever reads better. */
export function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const lum = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return lum > 150 ? '#000000' : '#ffffff';
}
