// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { headGeometry } from '../../model/arrowHead';
import { dashArray } from '../../model/relationStyle';
import { layoutFigure } from './figureLayout';
import type { SceneEdge } from './scene';
import { buildFigureSvg, serializeSvg } from './svgDocument';
import { fakeMeasure, sampleScene } from './testing/sceneFixtures';

const edges: SceneEdge[] = [
  { path: 'M0,0 L100,0', color: 'rgb(91, 44, 15)', width: 2.4, dash: dashArray('dashdot', 2.4), linecap: 'round', arrow: 'both', head: 'diamond' },
  { path: 'M0,20 L100,20', color: 'rgb(122, 31, 162)', width: 1.8, arrow: 'end', head: 'circle' },
  { path: 'M0,40 L100,40', color: 'rgb(180, 83, 9)', width: 1.2, arrow: 'end', head: 'open' },
  { path: 'M0,60 L100,60', color: 'rgb(180, 83, 9)', width: 1.2, arrow: 'end', head: 'none' },
];

const legend = {
  heading: 'Legend',
  kinds: [],
  relations: [
    { id: 'm', text: 'Motivates', color: '#b45309', line: 'dashed' as const, arrow: 'end' as const, head: 'open' as const, width: 1.2 },
    { id: 'c', text: 'Co-builds', color: '#5b2c0f', line: 'dashdot' as const, arrow: 'end' as const, head: 'diamond' as const, width: 1.6 },
  ],
};

function exported() {
  const scene = { ...sampleScene(), edges };
  const layout = layoutFigure({ width: scene.frame.width, height: scene.frame.height }, undefined, legend, fakeMeasure);
  const svg = buildFigureSvg(document, { layout, scene, resolution: { mode: 'scale', scale: 1 }, background: 'white', font: 'sans-serif', name: 't' });
  return new DOMParser().parseFromString(serializeSvg(svg), 'image/svg+xml');
}

describe('SVG export markers and legend (issue 10)', () => {
  it("draws each edge with its width and pattern, and the canvas's head shape at the right ends", () => {
    const parsed = exported();
    const paths = [...parsed.querySelectorAll('path.tm-edge')];
    expect(paths.map((p) => p.getAttribute('stroke-width'))).toEqual(['2.4', '1.8', '1.2', '1.2']);
    expect(paths[0].getAttribute('stroke-dasharray')).toBe(dashArray('dashdot', 2.4));
    const markerOf = (ref: string | null) => {
      const id = /^url\(#([\w-]+)\)$/.exec(ref ?? '')?.[1];
      return id ? parsed.getElementById(id) : null;
    };
    const expectHead = (ref: string | null, head: 'diamond' | 'circle' | 'open', width: number, dir: 1 | -1) => {
      const marker = markerOf(ref);
      expect(marker?.getAttribute('markerUnits')).toBe('userSpaceOnUse');
      expect(marker?.querySelector('path')?.getAttribute('d')).toBe(headGeometry(head, width, dir)?.d);
    };
    expectHead(paths[0].getAttribute('marker-end'), 'diamond', 2.4, 1);
    expectHead(paths[0].getAttribute('marker-start'), 'diamond', 2.4, -1);
    expectHead(paths[1].getAttribute('marker-end'), 'circle', 1.8, 1);
    expectHead(paths[2].getAttribute('marker-end'), 'open', 1.2, 1);
    expect(markerOf(paths[2].getAttribute('marker-end'))?.querySelector('path')?.getAttribute('fill')).toBe('none');
    expect(paths[1].getAttribute('marker-start')).toBeNull();
    // `none`: the line just ends, no marker at all.
    expect(paths[3].getAttribute('marker-end')).toBeNull();
    expect(parsed.getElementsByTagName('marker')).toHaveLength(4);
  });

  it('draws the legend swatches with the same widths, patterns and heads', () => {
    const parsed = exported();
    const lines = [...parsed.querySelectorAll('.tm-legend line')].filter((l) => l.getAttribute('stroke') !== '#eaeef2');
    expect(lines.map((l) => l.getAttribute('stroke-width'))).toEqual(['1.2', '1.6']);
    expect(lines.map((l) => l.getAttribute('stroke-dasharray'))).toEqual([dashArray('dashed', 1.2), dashArray('dashdot', 1.6)]);
    const heads = [...parsed.querySelectorAll('.tm-legend path')].map((p) => p.getAttribute('d'));
    expect(heads).toEqual([headGeometry('open', 1.2)?.d, headGeometry('diamond', 1.6)?.d]);
  });
});
