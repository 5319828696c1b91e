import { describe, expect, it } from 'vitest';
import { GUIDE_THRESHOLD, guideSnap } from './guides';

const r = (x: number, y: number, width = 200, height = 60) => ({ x, y, width, height });

describe('guideSnap', () => {
  it('pulls a box whose left edge is within the threshold onto the other’s left edge, and shows that line', () => {
    // Same width: once the left edges meet, centres and right edges line up too.
    expect(guideSnap(r(104, 300), [r(100, 0)])).toEqual({ dx: -4, dy: 0, xs: [100, 200, 300], ys: [] });
  });
  it('matches centres and opposite edges too, in both axes', () => {
    // x: its centre 50 and right edge 100 are 2 px from the other's left edge 52 and centre 102.
    // y: its middle 20 is 2 px below the small box's top 18 (nearer than the 3 px to its middle 23).
    const s = guideSnap(r(0, 0, 100, 40), [r(52, 500, 100, 40), r(900, 18, 10, 10)]);
    expect(s).toEqual({ dx: 2, dy: -2, xs: [52, 102], ys: [18] });
  });
  it('leaves a box alone when nothing is near', () => {
    expect(guideSnap(r(0, 0), [r(300 + GUIDE_THRESHOLD, 500)])).toEqual({ dx: 0, dy: 0, xs: [], ys: [] });
  });
});

describe('guideSnap against a plain scan', () => {
  // The scan guideSnap replaced: every line of every other box against every line of the moving one.
  const scan = (mine: number[], others: number[][], threshold: number) => {
    let best = Infinity;
    for (const o of others) for (const v of o) for (const m of mine) if (Math.abs(v - m) < Math.abs(best)) best = v - m;
    if (!(Math.abs(best) <= threshold)) return { d: 0, lines: [] as number[] };
    const lines = new Set<number>();
    for (const o of others) for (const v of o) for (const m of mine) if (Math.abs(v - (m + best)) < 0.5) lines.add(v);
    return { d: best, lines: [...lines].sort((a, b) => a - b) };
  };
  const xs = (b: { x: number; width: number }) => [b.x, b.x + b.width / 2, b.x + b.width];
  const ys = (b: { y: number; height: number }) => [b.y, b.y + b.height / 2, b.y + b.height];

  it('finds the same pull and lines for 300 random layouts', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let k = 0; k < 300; k++) {
      // Integer and half-pixel coordinates make exact ties rare but near lines common.
      const others = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => r(Math.round(rand() * 800) / 2, Math.round(rand() * 800) / 2, 20 + Math.round(rand() * 200), 20 + Math.round(rand() * 80)));
      const moving = r(rand() * 400, rand() * 400, 20 + rand() * 200, 20 + rand() * 80);
      const x = scan(xs(moving), others.map(xs), GUIDE_THRESHOLD);
      const y = scan(ys(moving), others.map(ys), GUIDE_THRESHOLD);
      const got = guideSnap(moving, others);
      expect(Math.abs(got.dx)).toBeCloseTo(Math.abs(x.d), 9);
      expect(Math.abs(got.dy)).toBeCloseTo(Math.abs(y.d), 9);
      // Where the two pulls are the same, the lines are too (a tie in |pull| may pick the other side).
      if (got.dx === x.d) expect(got.xs).toEqual(x.lines);
      if (got.dy === y.d) expect(got.ys).toEqual(y.lines);
    }
  });

  it('takes new boxes into account (nothing stale is kept for a different set of boxes)', () => {
    const a = [r(100, 0)];
    expect(guideSnap(r(104, 300), a).dx).toBe(-4);
    expect(guideSnap(r(104, 300), [r(102, 0)]).dx).toBe(-2);
  });
});
