/**
 * The lazy entry for the SVG font options (loaded with dynamic `import()` only): subsets the face
 * to the figure's characters, then embeds it or draws the text as outlines. HarfBuzz's shaper
 * (harfbuzzjs, 445 KB WASM) loads only for outlines, in their worker.
 */
import type { SvgFonts } from '../options';
import { embedFonts } from './embedFonts';
import { subsetFor } from './fontAssets';
import { outlineText } from './outlines';
import { textsOf } from './svgTexts';

export type SvgFontResult = { fontBytes: number; ms: number };

export async function applySvgFonts(svg: SVGSVGElement, mode: Exclude<SvgFonts, 'text'>): Promise<SvgFontResult> {
  const start = performance.now();
  const subset = await subsetFor(textsOf(svg));
  if (mode === 'embed') {
    embedFonts(svg, subset);
  } else {
    await outlineText(svg, subset.bytes);
  }
  return { fontBytes: subset.bytes.byteLength, ms: performance.now() - start };
}
