import { describe, expect, it } from 'vitest';
import { failures, formatReport, type Row, type Where } from './report';

const where = (over: Partial<Where> = {}): Where => ({ nodeOverlaps: [], edgeCrossings: [], labelOverlaps: [], missing: [], ...over });

describe('the figures report', () => {
  const clean: Row = { model: 'figure-2', lang: 'zh', state: 'open', canvas: where(), svg: where() };
  const bad: Row = {
    model: 'figure-1',
    lang: 'en',
    state: 'organic',
    canvas: where({ edgeCrossings: ['edge a crosses b', 'edge c crosses d', 'edge e crosses f', 'edge g crosses h'] }),
    svg: where({ edgeCrossings: ['p1', 'p2', 'p3', 'p4'], missing: ['edges: 3 in the SVG, 4 on the canvas'] }),
  };

  it('counts every finding on the canvas and in the SVG, and an error as one', () => {
    expect(failures(clean)).toBe(0);
    expect(failures(bad)).toBe(9);
    expect(failures({ ...clean, error: 'timeout' })).toBe(1);
  });

  it('prints one table row per state and the first offenders of failing rows only', () => {
    const text = formatReport([clean, bad], 3);
    const lines = text.split('\n');
    expect(lines[1]).toMatch(/^figure-2\s+zh\s+open\s+0 \/ 0 \/ 0 \/ 0\s+0 \/ 0 \/ 0 \/ 0$/);
    expect(lines[2]).toMatch(/^figure-1\s+en\s+organic\s+0 \/ 4 \/ 0 \/ 0\s+0 \/ 4 \/ 0 \/ 1$/);
    expect(text).toContain('canvas edgeCrossings: edge a crosses b; edge c crosses d; edge e crosses f (+1 more)');
    // Same count as the canvas: the SVG's crossings are not repeated; what it lacks is.
    expect(text).not.toContain('p1');
    expect(text).toContain('svg missing: edges: 3 in the SVG, 4 on the canvas');
    expect(text).not.toContain('figure-2 · zh · open');
  });
});
