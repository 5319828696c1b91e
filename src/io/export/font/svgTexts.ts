/**
 * What the font steps need from an export SVG: its text runs, and the weight each is drawn at.
 * The export writes every label as `<text>` with one `<tspan>` per line (svgDom.ts).
 */

/** Every `<text>` element, in document order. */
export function textElements(svg: Element): SVGTextElement[] {
  return [...svg.getElementsByTagName('text')] as SVGTextElement[];
}

/** The strings the figure draws (for the font subset). */
export function textsOf(svg: Element): string[] {
  return textElements(svg).map((t) => t.textContent ?? '');
}

/** The text's own font weight, or its nearest ancestor's; 400 if none is set. */
export function weightOf(el: Element): number {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const w = e.getAttribute('font-weight');
    if (w) return w === 'bold' ? 700 : Number(w) || 400;
  }
  return 400;
}

/**
 * One face has no bold: text at 600+ gets a thin outline in its own colour (about what a
 * semibold adds to a regular stroke). The text stays text, selectable and searchable.
 */
export const FAUX_BOLD_EM = 0.035;

export function emboldenHeavyText(svg: Element): void {
  for (const t of textElements(svg)) {
    if (weightOf(t) < 600) continue;
    const size = Number(t.getAttribute('font-size')) || 14;
    const fill = t.getAttribute('fill');
    if (!fill || fill === 'none') continue;
    t.setAttribute('stroke', fill);
    t.setAttribute('stroke-width', String(Math.round(size * FAUX_BOLD_EM * 100) / 100));
    t.setAttribute('stroke-linejoin', 'round');
    const opacity = t.getAttribute('fill-opacity');
    if (opacity) t.setAttribute('stroke-opacity', opacity);
    t.removeAttribute('font-weight');
  }
}
