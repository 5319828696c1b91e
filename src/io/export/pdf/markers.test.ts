// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compensateMarkerScale } from './markers';

function svgOf(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
  return doc.documentElement as unknown as SVGSVGElement;
}

const head = '<marker id="h" markerUnits="userSpaceOnUse" orient="auto" refX="0" refY="0" viewBox="-10 -5 12 10" markerWidth="12" markerHeight="10"><path d="M-10,-5 L0,0 L-10,5 Z"/></marker>';

describe('compensateMarkerScale (svg2pdf scales every marker by the stroke width)', () => {
  it('gives a line of width w a twin head scaled by 1/w, one twin per marker and width', () => {
    const svg = svgOf(`<defs>${head}</defs><path d="M0,0 L50,0" stroke-width="2.5" marker-end="url(#h)"/><path d="M0,9 L50,9" stroke-width="2.5" marker-end="url(#h)"/><path d="M0,20 L50,20" stroke-width="2" marker-start="url(#h)"/>`);
    expect(compensateMarkerScale(svg)).toBe(3);
    const paths = Array.from(svg.getElementsByTagName('path')).filter((p) => p.hasAttribute('stroke-width'));
    const first = paths[0].getAttribute('marker-end');
    expect(first).not.toBe('url(#h)');
    expect(paths[1].getAttribute('marker-end')).toBe(first);
    expect(paths[2].getAttribute('marker-start')).not.toBe(first);
    const twin = Array.from(svg.getElementsByTagName('marker')).find((m) => `url(#${m.getAttribute('id')})` === first);
    expect(twin?.getAttribute('markerUnits')).toBe('userSpaceOnUse');
    expect(twin?.firstElementChild?.getAttribute('transform')).toBe('translate(0 0) scale(0.4) translate(0 0)');
    expect(twin?.querySelector('path')?.getAttribute('d')).toBe('M-10,-5 L0,0 L-10,5 Z');
    // the original stays for anything else that uses it
    expect(svg.getElementsByTagName('marker')).toHaveLength(3);
  });

  it('leaves width-1 lines, stroke-width markers and missing markers alone', () => {
    const svg = svgOf(`<defs>${head}<marker id="s" markerUnits="strokeWidth"><path d="M0,0"/></marker></defs><path stroke-width="1" marker-end="url(#h)"/><path stroke-width="3" marker-end="url(#s)"/><path stroke-width="3" marker-end="url(#gone)"/>`);
    expect(compensateMarkerScale(svg)).toBe(0);
    expect(svg.getElementsByTagName('marker')).toHaveLength(2);
  });
});
