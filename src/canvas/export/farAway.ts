/**
 * Reading what the browser laid out far from the origin (issue 17 item 5: a node at x = 1e9 must
 * still export). Chromium clamps layout coordinates to ±2²⁵ px (LayoutUnit, 1/64 px in 32 bits),
 * so the client rects of text ~33.5 million px away all come back at the clamp, although React
 * Flow's own positions are right. For such an element the reader moves it next to the frame's
 * corner for the moment of reading, and shifts what it read back by the same amount.
 */
import type { Rect, TextBlock } from '../../io/export/scene';

/** Well inside the clamp (33,554,431 px), with room for the stage's own offset. */
export const FAR = 1e7;

export function isFar(at: { x: number; y: number }, frame: Rect): boolean {
  return Math.abs(at.x - frame.x) > FAR || Math.abs(at.y - frame.y) > FAR;
}

/** The last `translate(Xpx, Ypx)` of an inline transform: where React Flow put the element. */
export function translateOf(el: HTMLElement): { x: number; y: number } | undefined {
  const all = [...el.style.transform.matchAll(/translate\(\s*(-?[\d.]+(?:e[-+]?\d+)?)px\s*,\s*(-?[\d.]+(?:e[-+]?\d+)?)px\s*\)/gi)];
  const last = all[all.length - 1];
  return last ? { x: Number(last[1]), y: Number(last[2]) } : undefined;
}

/**
 * Runs `read` with the element's last translate replaced by one at the frame's corner, and returns
 * the offset to add to everything read (0, 0 when nothing had to move).
 */
export function readNear<T>(el: HTMLElement, frame: Rect, read: () => T): { value: T; dx: number; dy: number } {
  const at = translateOf(el);
  if (!at || !isFar(at, frame)) return { value: read(), dx: 0, dy: 0 };
  const original = el.style.transform;
  const head = original.slice(0, original.toLowerCase().lastIndexOf('translate('));
  el.style.transform = `${head}translate(${frame.x}px, ${frame.y}px)`;
  try {
    return { value: read(), dx: at.x - frame.x, dy: at.y - frame.y };
  } finally {
    el.style.transform = original;
  }
}

export const shiftRect = (r: Rect, dx: number, dy: number): Rect => (dx || dy ? { ...r, x: r.x + dx, y: r.y + dy } : r);

export function shiftText(t: TextBlock, dx: number, dy: number): TextBlock {
  return dx || dy ? { ...t, lines: t.lines.map((l) => ({ ...l, x: l.x + dx, baseline: l.baseline + dy })) } : t;
}
