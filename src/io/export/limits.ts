/**
 * Chromium's canvas limits, measured on Debian Chromium 156 (research/stack.md §3.3): a side of
 * at most 65,535 px and an area of at most 2²⁸ = 268,435,456 px. Past them the canvas draws
 * nothing and `toDataURL()` returns "data:," without an error. html-to-image 1.11.11 also clamps
 * each side to 16,384 px on its own and silently rescales (`checkCanvasDimensions`). So we pick
 * the pixel ratio ourselves, below both, and tell the user whenever we had to lower it.
 */

export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 268_435_456;

export type CanvasPlan = {
  /** The pixel ratio to render at (≤ the requested one). */
  ratio: number;
  /** Output size in device pixels: what html-to-image's canvas will be (it truncates). */
  width: number;
  height: number;
  /** True when the requested ratio did not fit and was lowered. */
  reduced: boolean;
  requestedRatio: number;
  requestedWidth: number;
  requestedHeight: number;
};

const pixels = (css: number, ratio: number) => Math.floor(css * ratio);
/**
 * Below a tenth of screen size a label's text is under 2 px tall: such a PNG shows nothing a reader
 * can use (a model with a node 10 million px away came out as "0× (10,000 × 1 px)"), so it counts
 * as impossible and the dialog offers SVG or PDF instead (issue 17 item 5).
 */
export const MIN_USEFUL_RATIO = 0.1;
const fits = (w: number, h: number) => w <= MAX_CANVAS_SIDE && h <= MAX_CANVAS_SIDE && w * h <= MAX_CANVAS_AREA;

/**
 * The largest pixel ratio ≤ `ratio` at which a `cssWidth × cssHeight` image fits the limits.
 * Ratios are kept to 3 decimals so the message can quote them.
 */
export function planCanvas(cssWidth: number, cssHeight: number, ratio: number): CanvasPlan {
  if (!(cssWidth > 0 && cssHeight > 0 && ratio > 0) || ![cssWidth, cssHeight, ratio].every(Number.isFinite)) {
    throw new Error(`Cannot plan an image of ${cssWidth} × ${cssHeight} at ${ratio}×.`);
  }
  const requestedWidth = pixels(cssWidth, ratio);
  const requestedHeight = pixels(cssHeight, ratio);
  const base = { requestedRatio: ratio, requestedWidth, requestedHeight };
  if (fits(requestedWidth, requestedHeight)) {
    return { ratio, width: requestedWidth, height: requestedHeight, reduced: false, ...base };
  }
  let r = Math.min(ratio, MAX_CANVAS_SIDE / cssWidth, MAX_CANVAS_SIDE / cssHeight, Math.sqrt(MAX_CANVAS_AREA / (cssWidth * cssHeight)));
  r = Math.floor(r * 1000) / 1000;
  while (r > 0.001 && !fits(pixels(cssWidth, r), pixels(cssHeight, r))) r = Math.round((r - 0.001) * 1000) / 1000;
  const width = pixels(cssWidth, r);
  const height = pixels(cssHeight, r);
  if (width < 1 || height < 1 || r < MIN_USEFUL_RATIO) throw new Error(`An image of ${cssWidth} × ${cssHeight} CSS px cannot fit a browser canvas at a readable size.`);
  return { ratio: r, width, height, reduced: true, ...base };
}
