import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import { frameOf, miniRectsSelector, viewOf } from './miniRects';

type Fake = { id: string; x: number; y: number; w?: number; h?: number; color?: string; selected?: boolean; hidden?: boolean };

function state(nodes: Fake[]): ReactFlowState {
  const lookup = new Map(
    nodes.map((n) => [
      n.id,
      {
        id: n.id,
        measured: { width: n.w, height: n.h },
        internals: { positionAbsolute: { x: n.x, y: n.y }, userNode: { id: n.id, position: { x: n.x, y: n.y }, data: { color: n.color ?? '#111' }, selected: n.selected, hidden: n.hidden } },
      },
    ]),
  );
  return { nodeLookup: lookup } as unknown as ReactFlowState;
}

const colorOf = (n: { data: Record<string, unknown> }) => String(n.data.color);

describe('miniRectsSelector: one selector for all the minimap’s nodes', () => {
  it('draws every measured, shown node with its colour, and bounds them', () => {
    const select = miniRectsSelector(colorOf);
    const out = select(state([{ id: 'a', x: 0, y: 0, w: 100, h: 40, color: '#f00' }, { id: 'b', x: 200, y: 100, w: 50, h: 50, selected: true }, { id: 'c', x: 9, y: 9 }, { id: 'd', x: 500, y: 500, w: 10, h: 10, hidden: true }]));
    expect(out.rects.map((r) => [r.id, r.color, r.selected])).toEqual([['a', '#f00', false], ['b', '#111', true]]);
    expect(out.bounds).toEqual({ x: 0, y: 0, width: 250, height: 150 });
  });

  it('keeps its answer (the same object) while nothing the minimap draws changed, as on a pan frame', () => {
    const select = miniRectsSelector(colorOf);
    const nodes = [{ id: 'a', x: 0, y: 0, w: 100, h: 40 }, { id: 'b', x: 200, y: 100, w: 50, h: 50 }];
    const first = select(state(nodes));
    expect(select(state(nodes))).toBe(first);
  });

  it('answers anew when a node moves, is selected, added or removed', () => {
    const select = miniRectsSelector(colorOf);
    const nodes = [{ id: 'a', x: 0, y: 0, w: 100, h: 40 }, { id: 'b', x: 200, y: 100, w: 50, h: 50 }];
    let last = select(state(nodes));
    for (const next of [
      [nodes[0], { ...nodes[1], x: 201 }],
      [nodes[0], { ...nodes[1], x: 201, selected: true }],
      [nodes[0]],
      [nodes[0], { id: 'c', x: 1, y: 1, w: 2, h: 2 }],
    ]) {
      const out = select(state(next));
      expect(out).not.toBe(last);
      last = out;
    }
    expect(last.rects.map((r) => r.id)).toEqual(['a', 'c']);
  });
});

describe('the minimap’s frame', () => {
  it('takes the window in canvas coordinates from the transform', () => {
    expect(viewOf({ transform: [-100, -50, 2], width: 800, height: 600 })).toEqual({ x: 50, y: 25, width: 400, height: 300 });
  });

  it('covers the nodes and the window together, at the minimap’s aspect, with a margin', () => {
    const f = frameOf({ x: 0, y: 0, width: 400, height: 100 }, { x: 300, y: 0, width: 200, height: 150 }, 200, 150);
    // Nodes and window together: 500 × 150, scaled to 200 wide: 2.5 canvas px per minimap px.
    expect(f.scale).toBe(2.5);
    expect(f.width).toBeCloseTo(500 + 2 * 5 * 2.5);
    expect(f.height).toBeCloseTo(375 + 2 * 5 * 2.5);
    expect(f.x).toBeCloseTo(-12.5);
    expect(f.y + f.height / 2).toBeCloseTo(75);
  });
});

describe('miniRectsSelector keeps the boxes that did not change', () => {
  it('gives a moved node a new box and keeps the others’ objects', () => {
    const select = miniRectsSelector(colorOf);
    const nodes = [{ id: 'a', x: 0, y: 0, w: 100, h: 40 }, { id: 'b', x: 200, y: 100, w: 50, h: 50 }];
    const first = select(state(nodes));
    const next = select(state([nodes[0], { ...nodes[1], y: 120 }]));
    expect(next.rects[0]).toBe(first.rects[0]);
    expect(next.rects[1]).not.toBe(first.rects[1]);
    expect(next.rects[1].y).toBe(120);
  });
});
