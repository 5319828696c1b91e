import { describe, expect, it } from 'vitest';
import { clipToEnds, dedupe, inside, placeAt, pointAlong, projectOnto } from './geometry';
import { drawnPoints, routePath } from './path';
import type { RouteBox } from './types';

const a: RouteBox = { id: 'a', x: 0, y: 0, width: 100, height: 40 };
const b: RouteBox = { id: 'b', x: 300, y: 100, width: 100, height: 40 };

describe('route geometry', () => {
  it('clips a centre-to-centre route to both outlines, 2 px outside', () => {
    const clipped = clipToEnds([{ x: 50, y: 20 }, { x: 200, y: 20 }, { x: 200, y: 120 }, { x: 350, y: 120 }], a, b);
    expect(clipped[0].y).toBe(20);
    expect(clipped[0].x).toBeCloseTo(102, 1);
    expect(clipped[clipped.length - 1].x).toBeCloseTo(298, 1);
    expect(clipped).toHaveLength(4);
  });

  it('clips to an ellipse, not its bounding box', () => {
    const e: RouteBox = { ...a, ellipse: true };
    const [start] = clipToEnds([{ x: 50, y: 20 }, { x: 150, y: 120 }], e, b);
    // On the 45° line from the centre, the ellipse (50 × 20 radii) is reached at ~18.6 px each way.
    expect(Math.hypot(start.x - 50, start.y - 20)).toBeCloseTo(Math.SQRT2 * 18.57 + 2, 0);
    expect(inside(e, start)).toBe(false);
  });

  it('keeps a route whole when its ends overlap, and drops repeated and collinear points', () => {
    expect(clipToEnds([{ x: 10, y: 10 }, { x: 20, y: 10 }], a, a)).toHaveLength(2);
    expect(dedupe([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 5, y: 0 }, { x: 10, y: 0 }, { x: 10, y: NaN }])).toEqual([{ x: 0, y: 0 }, { x: 10, y: 0 }]);
  });

  it('projects a point onto a route and places it back (label positions)', () => {
    const route = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }];
    expect(pointAlong(route, 0.75).point).toEqual({ x: 100, y: 50 });
    const p = { x: 40, y: -15 };
    const { along, offset } = projectOnto(route, p);
    expect(along).toBeCloseTo(0.2);
    expect(offset).toBeCloseTo(15); // above a rightward line is its left
    const back = placeAt(route, along, offset);
    expect(back.x).toBeCloseTo(40);
    expect(back.y).toBeCloseTo(-15);
  });

  it('draws polylines for straight/orthogonal and a curve through every point for curved', () => {
    const pts = [{ x: 0, y: 0 }, { x: 50, y: 50 }, { x: 100, y: 0 }];
    expect(routePath(pts, 'orthogonal')).toBe('M0,0 L50,50 L100,0');
    const curve = routePath(pts, 'curved');
    expect(curve.match(/C/g)).toHaveLength(2);
    expect(curve.endsWith('100,0')).toBe(true);
    const sampled = drawnPoints(pts, 'curved');
    expect(sampled).toContainEqual({ x: 50, y: 50 });
    expect(sampled).toHaveLength(17);
  });
});
