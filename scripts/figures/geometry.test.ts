import { describe, expect, it } from 'vitest';
import { applyMatrix, boxesOverlap, contains, parsePath, polylinesCross, segmentCrossesBox, segmentCrossesEllipse, transformBox, CURVE_SAMPLES } from './geometry';

const box = { x: 10, y: 10, width: 100, height: 50 };

describe('parsePath', () => {
  it('reads absolute M/L/H/V/Z into one polyline per subpath', () => {
    expect(parsePath('M0,0 L10,0 H20 V5 Z')).toEqual([[{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 5 }, { x: 0, y: 0 }]]);
    expect(parsePath('M0 0 L1 1 M5 5 L6 6')).toEqual([
      [{ x: 0, y: 0 }, { x: 1, y: 1 }],
      [{ x: 5, y: 5 }, { x: 6, y: 6 }],
    ]);
  });

  it('reads relative commands, implicit repetition and compact numbers', () => {
    // m's extra pairs are line-tos; "-5-5" and ".5.5" are two numbers each.
    expect(parsePath('m10,10 5,0 l0,5 h-5-5 v-.5.5')).toEqual([[{ x: 10, y: 10 }, { x: 15, y: 10 }, { x: 15, y: 15 }, { x: 10, y: 15 }, { x: 5, y: 15 }, { x: 5, y: 14.5 }, { x: 5, y: 15 }]]);
    expect(parsePath('M1e1,0L2E1,1e-1')).toEqual([[{ x: 10, y: 0 }, { x: 20, y: 0.1 }]]);
  });

  it('samples cubic and quadratic curves through their real midpoints', () => {
    const [c] = parsePath('M0,0 C0,100 100,100 100,0');
    expect(c).toHaveLength(1 + CURVE_SAMPLES);
    expect(c[CURVE_SAMPLES / 2].x).toBeCloseTo(50);
    expect(c[CURVE_SAMPLES / 2].y).toBeCloseTo(75);
    expect(c.at(-1)).toEqual({ x: 100, y: 0 });
    const [q] = parsePath('M0,0 q50,100 100,0');
    expect(q[CURVE_SAMPLES / 2].y).toBeCloseTo(50);
    expect(q.at(-1)).toEqual({ x: 100, y: 0 });
  });

  it('reflects control points for S and T', () => {
    const [s] = parsePath('M0,0 C0,50 50,50 50,0 S100,-50 100,0');
    // The second half mirrors the first: its midpoint is below the axis by as much as the first is above.
    expect(s[CURVE_SAMPLES + CURVE_SAMPLES / 2].y).toBeCloseTo(-37.5);
    const [t] = parsePath('M0,0 Q25,50 50,0 T100,0');
    expect(t[CURVE_SAMPLES + CURVE_SAMPLES / 2].y).toBeCloseTo(-25);
  });

  it('samples arcs on their circle', () => {
    const [a] = parsePath('M0,0 A50,50 0 0 1 100,0');
    for (const p of a) expect(Math.hypot(p.x - 50, p.y)).toBeCloseTo(50);
    expect(Math.min(...a.map((p) => p.y))).toBeCloseTo(-50); // sweep 1 from left to right goes up (y down is positive)
  });

  it('drops what follows malformed data instead of inventing points', () => {
    expect(parsePath('M0,0 L10')).toEqual([]);
    expect(parsePath('M0,0 L10,0 L5')).toEqual([[{ x: 0, y: 0 }, { x: 10, y: 0 }]]);
    expect(parsePath('')).toEqual([]);
  });
});

describe('segment crossings', () => {
  it('a segment through the box crosses; one beside it, along its outline or ending on it does not', () => {
    expect(segmentCrossesBox({ x: 0, y: 30 }, { x: 200, y: 30 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 200, y: 0 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 10 }, { x: 200, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 30 }, { x: 10, y: 30 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 10, y: 10 }, box)).toBe(false); // touches a corner
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 200, y: 100 }, box)).toBe(true); // diagonal through
    expect(segmentCrossesBox({ x: 50, y: 20 }, { x: 60, y: 30 }, box)).toBe(true); // wholly inside
  });

  it('an ellipse is crossed only inside its outline, not in the box corners', () => {
    expect(segmentCrossesEllipse({ x: 0, y: 35 }, { x: 200, y: 35 }, box)).toBe(true);
    expect(segmentCrossesEllipse({ x: 10, y: 12 }, { x: 20, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 10, y: 12 }, { x: 20, y: 11 }, box)).toBe(true);
  });

  it('polylinesCross shrinks the shape by the tolerance first', () => {
    const grazing = [[{ x: 0, y: 10.5 }, { x: 200, y: 10.5 }]];
    expect(polylinesCross(grazing, { box }, 0)).toBe(true);
    expect(polylinesCross(grazing, { box }, 1)).toBe(false);
    expect(polylinesCross([[{ x: 0, y: 0 }, { x: 5, y: 5 }, { x: 50, y: 30 }]], { box }, 1)).toBe(true);
  });
});

describe('boxes', () => {
  it('overlap needs depth beyond the tolerance in both directions', () => {
    expect(boxesOverlap(box, { x: 109.5, y: 10, width: 20, height: 20 }, 1)).toBe(false);
    expect(boxesOverlap(box, { x: 108, y: 10, width: 20, height: 20 }, 1)).toBe(true);
    expect(boxesOverlap(box, { x: 200, y: 10, width: 20, height: 20 }, 1)).toBe(false);
    expect(boxesOverlap(box, { x: 20, y: 20, width: 10, height: 10 }, 1)).toBe(true);
  });

  it('contains allows the tolerance outside, or demands a margin when negative', () => {
    expect(contains(box, { x: 9.5, y: 10, width: 20, height: 20 }, 1)).toBe(true);
    expect(contains(box, { x: 8, y: 10, width: 20, height: 20 }, 1)).toBe(false);
    expect(contains(box, { x: 10.5, y: 20, width: 20, height: 20 }, -1)).toBe(false);
  });

  it('matrices move points and boxes', () => {
    const m = { a: 2, b: 0, c: 0, d: 2, e: 5, f: -5 };
    expect(applyMatrix(m, { x: 1, y: 1 })).toEqual({ x: 7, y: -3 });
    expect(transformBox(m, { x: 0, y: 0, width: 10, height: 5 })).toEqual({ x: 5, y: -5, width: 20, height: 10 });
  });
});
