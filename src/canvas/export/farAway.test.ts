// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isFar, readNear, shiftText, translateOf } from './farAway';

const frame = { x: 0, y: 0, width: 100, height: 100 };
const el = (transform: string) => {
  const div = document.createElement('div');
  div.style.transform = transform;
  return div;
};

describe('far-away elements', () => {
  it('reads React Flow translates, exponents included, and the last one when there are two', () => {
    expect(translateOf(el('translate(1e+09px, 82px)'))).toEqual({ x: 1e9, y: 82 });
    expect(translateOf(el('translate(-50%, -50%) translate(5e8px, -12.5px)'))).toEqual({ x: 5e8, y: -12.5 });
    expect(translateOf(el('scale(2)'))).toBeUndefined();
  });

  it('moves a far element next to the frame while reading, restores it, and returns the offset', () => {
    const far = el('translate(-50%, -50%) translate(1e9px, 20px)');
    const seen = readNear(far, frame, () => far.style.transform);
    expect(seen.value).toBe('translate(-50%, -50%) translate(0px, 0px)');
    expect([seen.dx, seen.dy]).toEqual([1e9, 20]);
    expect(far.style.transform).toBe('translate(-50%, -50%) translate(1e9px, 20px)');
  });

  it('leaves near elements where they are', () => {
    const near = el('translate(500px, 20px)');
    expect(isFar({ x: 500, y: 20 }, frame)).toBe(false);
    expect(readNear(near, frame, () => near.style.transform)).toEqual({ value: 'translate(500px, 20px)', dx: 0, dy: 0 });
  });

  it('shifts text lines by the offset', () => {
    const block = { lines: [{ text: 'a', x: 1, baseline: 2 }], anchor: 'middle' as const, size: 14, weight: 400, color: '#000' };
    expect(shiftText(block, 1e9, 20).lines).toEqual([{ text: 'a', x: 1e9 + 1, baseline: 22 }]);
  });
});
