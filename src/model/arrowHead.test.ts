import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headBox, headGeometry, headReach } from './arrowHead';
import { ARROW_HEADS, LINE_WIDTH_MAX, LINE_WIDTH_MIN, type ArrowHead } from './types';

const SHAPES = ARROW_HEADS.filter((h): h is Exclude<ArrowHead, 'none'> => h !== 'none');

/** The x,y pairs of a path's commands (arc radii and flags excluded). */
function points(d: string): { x: number; y: number }[] {
  return [...d.matchAll(/[MLZ ]\s*(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

const width = fc.double({ min: LINE_WIDTH_MIN, max: LINE_WIDTH_MAX, noNaN: true });

describe('arrowhead geometry', () => {
  it('draws nothing for `none`, which reaches nowhere', () => {
    expect(headGeometry('none', 1.6)).toBeUndefined();
    expect(headReach('none', 6)).toBe(0);
    expect(headReach('filled', 6)).toBe(headGeometry('filled', 6)?.reach);
  });

  it('is finite for every shape and width, and grows with the width', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHAPES), width, (head, w) => {
        const g = headGeometry(head, w);
        if (!g) return false;
        for (const n of [g.reach, g.back, g.half, g.stroke, ...points(g.d).flatMap((p) => [p.x, p.y])]) expect(Number.isFinite(n)).toBe(true);
        const thicker = headGeometry(head, Math.min(LINE_WIDTH_MAX, w + 1));
        expect(thicker && thicker.back + thicker.half).toBeGreaterThanOrEqual(g.back + g.half);
      }),
    );
  });

  it('stays wider than the line and points forward, so the line never hides it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHAPES), width, (head, w) => {
        const g = headGeometry(head, w);
        if (!g) return false;
        // Wider than the line by at least a couple of pixels, and longer than it is wide at the tip.
        expect(g.half * 2).toBeGreaterThan(w + 2);
        expect(g.back).toBeGreaterThan(w);
        // The tip passes the route's end by no more than the line is wide (plus the open head's mitre):
        // it lands on the node's outline, not deep inside it.
        expect(g.reach).toBeGreaterThanOrEqual(0);
        expect(g.reach).toBeLessThanOrEqual(head === 'open' ? w * 1.6 + 1.5 : w * 1.1 + 0.5);
      }),
    );
  });

  it('covers the square end of the line at the route end (no blunt tip)', () => {
    for (const w of [0.5, 1.6, 2.4, 4, 6]) {
      // Filled triangle and diamond: the shape's edge at x = 0 is at least half the line wide.
      for (const head of ['filled', 'diamond'] as const) {
        const g = headGeometry(head, w);
        if (!g) throw new Error(head);
        const [tip, upper] = points(g.d);
        const halfAtOrigin = (tip.x / (tip.x - upper.x)) * Math.abs(upper.y);
        expect(halfAtOrigin, `${head} ${w}`).toBeGreaterThanOrEqual(w / 2 - 0.02);
      }
      const circle = headGeometry('circle', w);
      if (!circle) throw new Error('circle');
      const radius = circle.half;
      const centre = circle.reach - radius;
      expect(Math.sqrt(radius * radius - centre * centre)).toBeGreaterThanOrEqual(w / 2 - 0.02);
    }
  });

  it('mirrors for the start of a route, and its box holds every point', () => {
    for (const head of SHAPES) {
      for (const dir of [1, -1] as const) {
        const g = headGeometry(head, 2.4, dir);
        if (!g) throw new Error(head);
        const box = headBox(g, dir);
        for (const p of points(g.d)) {
          expect(p.x).toBeGreaterThanOrEqual(box.x);
          expect(p.x).toBeLessThanOrEqual(box.x + box.width);
          expect(p.y).toBeGreaterThanOrEqual(box.y);
          expect(p.y).toBeLessThanOrEqual(box.y + box.height);
        }
        // The tip is ahead of the route's end in the direction of travel, the body behind it.
        const xs = points(g.d).map((p) => p.x * dir);
        expect(Math.min(...xs)).toBeLessThan(0);
      }
      const forward = headGeometry(head, 2.4, 1);
      const backward = headGeometry(head, 2.4, -1);
      expect(points(backward?.d ?? '').map((p) => -p.x + 0)).toEqual(points(forward?.d ?? '').map((p) => p.x + 0));
    }
  });
});
