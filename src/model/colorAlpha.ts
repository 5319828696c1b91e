/**
 * A `#rgb`/`#rrggbb` colour with an alpha byte appended, for tints like a legend swatch's fill.
 * Appending to the short form gives `#f001f`, which is not a colour at all, so the browser keeps
 * the previous fill (issue 17, defect 8): expand `#rgb` to `#rrggbb` first. Anything that is not
 * one of the two forms (the schema allows no other) is returned unchanged.
 */
export function withAlpha(color: string, alphaHex: string): string {
  if (/^#[0-9a-fA-F]{6}$/.test(color)) return `${color}${alphaHex}`;
  if (/^#[0-9a-fA-F]{3}$/.test(color)) return `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}${alphaHex}`;
  return color;
}
