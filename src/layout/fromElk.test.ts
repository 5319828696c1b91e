import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { fromElk } from './fromElk';

describe('fromElk', () => {
  it('rounds positions, sizes only groups (rounding up), and lists parents before children', () => {
    const plan = fromElk(
      {
        id: 'root',
        children: [
          { id: '2', x: 10.4, y: 20.6, width: 100, height: 40 },
          {
            id: '1', x: 200.5, y: 0, width: 180.2, height: 120.0000001,
            children: [{ id: '10', x: 16, y: 44.49, width: 100, height: 40, children: [{ id: 'deep', x: 1, y: 1 }] }],
          },
        ],
      },
      new Set(['1', '10']),
    );
    expect(plan.positions).toEqual({ '2': { x: 10, y: 21 }, '1': { x: 201, y: 0 }, '10': { x: 16, y: 44 }, deep: { x: 1, y: 1 } });
    expect(plan.sizes).toEqual({ '1': { width: 181, height: 120 }, '10': { width: 100, height: 40 } });
    // Integer-like ids enumerate first in a Record ('1' before '2'), so order is a separate list.
    expect(plan.order).toEqual(['2', '1', '10', 'deep']);
  });

  it('maps an empty result to an empty plan', () => {
    expect(fromElk({ id: 'root' }, new Set())).toEqual({ positions: {}, sizes: {}, order: [] });
  });

  it('reads ELK child coordinates as relative to the parent (verified on a real run)', async () => {
    const result = await new ELK().layout({
      id: 'root',
      layoutOptions: { 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' },
      children: [
        { id: 'a', width: 100, height: 40 },
        {
          id: 'G',
          layoutOptions: { 'elk.padding': '[top=44,left=16,bottom=16,right=16]' },
          children: [{ id: 'b', width: 100, height: 40 }],
        },
      ],
      edges: [{ id: 'e', sources: ['a'], targets: ['b'] }],
    });
    const plan = fromElk(result, new Set(['G']));
    // b sits exactly at the group's padding: relative, not absolute, coordinates.
    expect(plan.positions.b).toEqual({ x: 16, y: 44 });
    expect(plan.positions.G.x).toBeGreaterThan(100);
    expect(plan.sizes.G).toEqual({ width: 16 + 100 + 16, height: 44 + 40 + 16 });
  });
});
