import { describe, expect, it } from 'vitest';
import { labelRect, placeLabels, segmentMeetsRect } from './labels';
import { placeAt } from './geometry';
import type { RouteBox } from './types';

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const size = { width: 40, height: 20 };

describe('placeLabels', () => {
  it('puts a label at the middle of the longest segment when it is free', () => {
    const at = placeLabels([{ id: 'e', points: [{ x: 0, y: 0 }, { x: 300, y: 0 }, { x: 300, y: 50 }], size }], []).get('e')!;
    expect(at).toEqual({ x: 150, y: 0 });
  });

  it('moves a label off a node that sits on its middle, along or beside the line', () => {
    const node: RouteBox = { id: 'n', x: 130, y: -30, width: 40, height: 60 };
    const at = placeLabels([{ id: 'e', points: [{ x: 0, y: 0 }, { x: 300, y: 0 }], size }], [node]).get('e')!;
    expect(overlap(labelRect(at, size), node)).toBe(false);
  });

  it('never lets two labels overlap where there is room, and keeps a user position as given', () => {
    const points = [{ x: 0, y: 0 }, { x: 200, y: 0 }];
    const user = { along: 0.5, offset: 0 };
    const placed = placeLabels(
      [
        { id: 'a', points, size },
        { id: 'b', points, size },
        { id: 'u', points, size, at: user },
      ],
      [],
    );
    expect(placed.get('u')).toEqual(placeAt(points, 0.5, 0));
    const rects = ['a', 'b', 'u'].map((id) => labelRect(placed.get(id)!, size));
    expect(overlap(rects[0], rects[1]) || overlap(rects[0], rects[2]) || overlap(rects[1], rects[2])).toBe(false);
  });

  it('keeps a label off a group’s title band and off its border', () => {
    const group: RouteBox = { id: 'g', x: -50, y: -12, width: 400, height: 200, group: true };
    const r = labelRect(placeLabels([{ id: 'e', points: [{ x: 0, y: 0 }, { x: 300, y: 0 }], size }], [group]).get('e')!, size);
    expect(overlap(r, { ...group, height: 34 })).toBe(false);
    const within = r.x >= group.x && r.y >= group.y && r.x + r.width <= group.x + group.width && r.y + r.height <= group.y + group.height;
    expect(within || !overlap(r, group)).toBe(true);
  });

  it('searches finer along the route when every usual spot is on a node (dense figures, Organic)', () => {
    // Nodes leave one 50 px gap, at x 140–190; none of the usual spots (½, ⅓, ⅔, ¼ … and beside them) fits in it.
    const nodes: RouteBox[] = [
      { id: 'l', x: 0, y: -60, width: 140, height: 120 },
      { id: 'r', x: 190, y: -60, width: 110, height: 120 },
    ];
    const at = placeLabels([{ id: 'e', points: [{ x: 0, y: 0 }, { x: 300, y: 0 }], size }], nodes).get('e')!;
    const r = labelRect(at, size);
    expect(nodes.some((n) => overlap(r, n))).toBe(false);
    expect(at.x).toBeGreaterThan(140);
    expect(at.x).toBeLessThan(190);
  });

  it('tells whether a segment meets a rectangle', () => {
    const r = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentMeetsRect({ x: -5, y: 5 }, { x: 15, y: 5 }, r)).toBe(true);
    expect(segmentMeetsRect({ x: -5, y: 15 }, { x: 15, y: 15 }, r)).toBe(false);
    expect(segmentMeetsRect({ x: -5, y: -5 }, { x: -1, y: 20 }, r)).toBe(false);
  });
});
