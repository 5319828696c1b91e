import { describe, expect, it } from 'vitest';
import { MAX_PER_SIDE, MIN_SPACING, pinsFor } from './pins';

const box = { id: 'a', x: 0, y: 0, width: 140, height: 44 };

describe('pinsFor (where connectors attach)', () => {
  it('gives straight and curved routes, and a node with one edge, the centre pin only', () => {
    expect(pinsFor(box, 6, 'straight')).toEqual([{ x: 0.5, y: 0.5, side: 'all' }]);
    expect(pinsFor(box, 6, 'curved')).toEqual([{ x: 0.5, y: 0.5, side: 'all' }]);
    expect(pinsFor(box, 1, 'orthogonal')).toEqual([{ x: 0.5, y: 0.5, side: 'all' }]);
  });

  it('spreads a row of pins along each side of an orthogonal node, symmetric about the middle', () => {
    const pins = pinsFor(box, 4, 'orthogonal');
    const top = pins.filter((p) => p.side === 'top').map((p) => p.x);
    expect(top).toHaveLength(4);
    top.forEach((f, i) => expect(f + top[top.length - 1 - i]).toBeCloseTo(1));
    for (let i = 1; i < top.length; i++) expect((top[i] - top[i - 1]) * box.width).toBeGreaterThanOrEqual(MIN_SPACING);
    expect(pins.filter((p) => p.side === 'bottom').every((p) => p.y === 1)).toBe(true);
    // 44 px high: room for one pin on the left and right only
    expect(pins.filter((p) => p.side === 'left')).toEqual([{ x: 0, y: 0.5, side: 'left' }]);
  });

  it('never offers more than MAX_PER_SIDE per side, and keeps rounded shapes to their straight middle', () => {
    const many = pinsFor({ ...box, width: 400 }, 40, 'orthogonal').filter((p) => p.side === 'top');
    expect(many).toHaveLength(MAX_PER_SIDE);
    const pill = pinsFor({ ...box, ellipse: true }, 3, 'orthogonal').filter((p) => p.side === 'top').map((p) => p.x);
    expect(Math.min(...pill)).toBeGreaterThanOrEqual(0.25);
    expect(Math.max(...pill)).toBeLessThanOrEqual(0.75);
  });
});
