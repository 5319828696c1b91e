/**
 * Black and white for the PNG: the PNG rasterizes the staged DOM copy of the canvas, so the
 * mapping is applied to that copy's computed colours (the live canvas is never touched). The
 * same rules as the SVG's Scene mapping (io/export/monochrome.ts): text and borders are inks,
 * backgrounds are fills; every SVG paint on the stage (edge lines, arrowhead markers) is ink.
 * Inline `!important` wins over the stylesheet, and html-to-image inlines computed styles, so
 * what it clones is the mapped colour.
 */
import { fillOf, inkOf } from '../../io/export/monochrome';

const BORDERS = ['border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color'] as const;
const READ = ['color', 'background-color', 'stroke', 'fill', 'box-shadow', 'background-image', ...BORDERS] as const;
type Colours = Map<(typeof READ)[number], string>;

function mapSvgPaint(el: SVGElement, s: Colours): void {
  for (const prop of ['stroke', 'fill'] as const) {
    const v = s.get(prop);
    if (!v || v === 'none' || v.startsWith('url(')) continue;
    el.style.setProperty(prop, inkOf(v), 'important');
  }
}

function mapHtml(el: HTMLElement, s: Colours): void {
  el.style.setProperty('color', inkOf(s.get('color') ?? ''), 'important');
  el.style.setProperty('background-color', fillOf(s.get('background-color') ?? ''), 'important');
  for (const prop of BORDERS) el.style.setProperty(prop, inkOf(s.get(prop) ?? ''), 'important');
  if (s.get('box-shadow') !== 'none') el.style.setProperty('box-shadow', 'none', 'important');
  if (s.get('background-image') !== 'none') el.style.setProperty('background-image', 'none', 'important');
}

/** Maps every colour under `root` (an export stage) to black inks and light-grey fills. */
export function monochromeStage(root: HTMLElement): void {
  const elements = [root, ...root.querySelectorAll<HTMLElement | SVGElement>('*')];
  // Read every computed colour first, then write: interleaving would force a style recalc per element.
  const colours = elements.map((el) => {
    const s = getComputedStyle(el);
    return new Map(READ.map((prop) => [prop, s.getPropertyValue(prop)])) as Colours;
  });
  elements.forEach((el, i) => {
    if (el instanceof SVGElement) mapSvgPaint(el, colours[i]);
    else mapHtml(el, colours[i]);
  });
}
