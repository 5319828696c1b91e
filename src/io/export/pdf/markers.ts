/**
 * svg2pdf.js 2.x always scales a marker by the referencing path's stroke-width, as if every
 * marker were `markerUnits="strokeWidth"`. The export SVG draws its heads in user space
 * (`markerUnits="userSpaceOnUse"`, sized from the line width already), so in the PDF a 2.4 px
 * line got a head 2.4× too large. Before svg2pdf runs, each user-space marker used by a line of
 * width w ≠ 1 gets a twin whose content is scaled by 1/w about its reference point; svg2pdf's own
 * scale then gives back the SVG's size. The SVG export itself is untouched (this runs on the copy
 * handed to the PDF renderer).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const MARKER_PROPS = ['marker-start', 'marker-end', 'marker-mid'] as const;

function markerId(ref: string | null): string | null {
  return /^url\(#([^)]+)\)$/.exec(ref?.trim() ?? '')?.[1] ?? null;
}

function strokeWidthOf(el: Element): number {
  const own = el.getAttribute('stroke-width') ?? (el as SVGElement).style?.getPropertyValue('stroke-width');
  const w = Number.parseFloat(own ?? '');
  return Number.isFinite(w) && w > 0 ? w : 1;
}

/** Rewrites `svg` in place; returns how many marker references were redirected to a twin. */
export function compensateMarkerScale(svg: SVGSVGElement): number {
  const twins = new Map<string, string>();
  const markers = new Map<string, Element>();
  for (const m of Array.from(svg.getElementsByTagName('marker'))) markers.set(m.getAttribute('id') ?? '', m);
  let redirected = 0;
  for (const el of Array.from(svg.querySelectorAll('[marker-start],[marker-end],[marker-mid]'))) {
    const w = strokeWidthOf(el);
    if (Math.abs(w - 1) < 1e-9) continue;
    for (const prop of MARKER_PROPS) {
      const id = markerId(el.getAttribute(prop));
      if (!id) continue;
      const marker = markers.get(id);
      if (!marker || marker.getAttribute('markerUnits') !== 'userSpaceOnUse') continue;
      const key = `${id}\u0000${w}`;
      let twinId = twins.get(key);
      if (!twinId) {
        twinId = `${id}-pdf${twins.size}`;
        const twin = marker.cloneNode(false) as Element;
        twin.setAttribute('id', twinId);
        const g = svg.ownerDocument.createElementNS(SVG_NS, 'g');
        const refX = Number.parseFloat(marker.getAttribute('refX') ?? '0') || 0;
        const refY = Number.parseFloat(marker.getAttribute('refY') ?? '0') || 0;
        const s = 1 / w;
        g.setAttribute('transform', `translate(${refX} ${refY}) scale(${s}) translate(${-refX} ${-refY})`);
        for (const child of Array.from(marker.childNodes)) g.appendChild(child.cloneNode(true));
        twin.appendChild(g);
        marker.parentNode?.insertBefore(twin, marker.nextSibling);
        twins.set(key, twinId);
      }
      el.setAttribute(prop, `url(#${twinId})`);
      redirected += 1;
    }
  }
  return redirected;
}
