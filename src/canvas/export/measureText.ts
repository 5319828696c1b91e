/**
 * Text widths for laying out the title and legend, measured with the canvas's own font stack
 * in this browser — the same fonts html-to-image's rasterization and an SVG viewer on this
 * machine will use.
 */
import type { MeasureText } from '../../io/export/figureLayout';

export function textMeasurer(font: string): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, size, weight) => {
    if (!ctx) return text.length * size; // no 2D context (never in a real browser): over-estimate, never clip
    const key = `${weight}|${size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = `${weight} ${size}px ${font}`;
      width = ctx.measureText(text).width;
      if (cache.size < 2000) cache.set(key, width);
    }
    return width;
  };
}
