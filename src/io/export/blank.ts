/**
 * Blank-image checks. An oversized canvas draws nothing and encodes to "data:," (or a null
 * blob) without any error, and a broken clone can rasterize as one flat colour; either must
 * become an error message, never a download of an empty picture.
 */

/** True for what Chromium returns from `toDataURL()` on a canvas it could not allocate. */
export function isEmptyDataUrl(url: string): boolean {
  return url === 'data:,' || !/^data:image\/[a-z+]+[;,]/.test(url) || url.length < 'data:image/png;base64,'.length + 16;
}

/**
 * True when every pixel of an RGBA buffer is the same colour. Fully transparent pixels count as
 * one colour whatever their RGB (canvases store transparent black, but don't rely on it).
 */
export function isUniform(rgba: ArrayLike<number>): boolean {
  if (rgba.length < 4) return true;
  const transparent = rgba[3] === 0;
  const [r, g, b, a] = [rgba[0], rgba[1], rgba[2], rgba[3]];
  for (let i = 4; i < rgba.length; i += 4) {
    if (transparent) {
      if (rgba[i + 3] !== 0) return false;
    } else if (rgba[i] !== r || rgba[i + 1] !== g || rgba[i + 2] !== b || rgba[i + 3] !== a) {
      return false;
    }
  }
  return true;
}
