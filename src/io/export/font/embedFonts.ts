/**
 * "Embed fonts" for SVG: the figure's subset of Noto Sans SC as a TrueType data URL in an
 * `@font-face` inside the SVG's own `<style>`, named first in the font-family list, so the SVG
 * looks the same on a machine without CJK fonts (browsers, Inkscape 1.x when it honours
 * @font-face, most web viewers). The style text is ours only: a fixed template, a family made of
 * capital letters, and base64; no user text reaches CSS.
 */
import { svgEl } from '../svgDom';
import type { FontSubset } from './fontAssets';

export type EmbedResult = { family: string; fontBytes: number };

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Adds `font` (a subset covering every character the SVG uses) to the SVG and names it first. */
export function embedFonts(svg: SVGSVGElement, font: Pick<FontSubset, 'bytes' | 'subsetName'>): EmbedResult {
  const doc = svg.ownerDocument;
  const family = font.subsetName.replace('+', '-'); // a CSS family name without punctuation surprises
  let defs = svg.querySelector(':scope > defs');
  if (!defs) {
    defs = svgEl(doc, 'defs', {});
    svg.insertBefore(defs, svg.querySelector(':scope > title')?.nextSibling ?? svg.firstChild);
  }
  const style = svgEl(doc, 'style', { type: 'text/css' });
  defs.insertBefore(style, defs.firstChild);
  // One face, declared as 400 only: for the 600 of the title and group titles the browser then
  // synthesises bold (a face declared "100 900" would claim to be the bold and draw it regular).
  style.textContent = `@font-face{font-family:"${family}";src:url(data:font/ttf;base64,${base64(font.bytes)}) format("truetype");font-weight:400;font-style:normal}`;
  const stack = svg.getAttribute('font-family');
  svg.setAttribute('font-family', stack ? `"${family}", ${stack}` : `"${family}", sans-serif`);
  return { family, fontBytes: font.bytes.byteLength };
}
