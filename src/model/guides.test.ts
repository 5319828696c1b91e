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
