import { describe, expect, it } from 'vitest';
import { floatingPath, outlinePoint } from './floating';

describe('outlinePoint', () => {
  const box = { x: 0, y: 0, width: 200, height: 100 };
  it('leaves a rectangle through the side facing the target', () => {
    expect(outlinePoint(box, { x: 1000, y: 50 })).toEqual({ x: 200, y: 50 });
    expect(outlinePoint(box, { x: 100, y: -500 })).toEqual({ x: 100, y: 0 });
  });
  it('leaves an ellipse on its curve', () => {
    const p = outlinePoint({ ...box, ellipse: true }, { x: 200, y: 100 });
    expect(((p.x - 100) / 100) ** 2 + ((p.y - 50) / 50) ** 2).toBeCloseTo(1, 6);
  });
});

describe('floatingPath', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  const b = { x: 300, y: 0, width: 100, height: 50 };
  it('draws a straight line between the facing borders with the label in the middle', () => {
    const p = floatingPath(a, b, 0, 0);
    expect(p.path).toBe('M100,25 L300,25');
    expect([p.labelX, p.labelY]).toEqual([200, 25]);
  });
  it('bends opposite edges to different sides', () => {
    const there = floatingPath(a, b, 20, 0);
    const back = floatingPath(b, a, 20, 0);
    expect(there.path).toContain('Q');
    expect(Math.sign(there.labelY - 25)).toBe(-Math.sign(back.labelY - 25));
  });
  it('draws a loop for a self-loop', () => {
    expect(floatingPath(a, a).path).toMatch(/^M.* C/);
  });
});
