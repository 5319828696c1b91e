/**
 * PNG chunk surgery. Browsers write no `pHYs` chunk (Chromium's canvas output goes straight from
 * IHDR to IDAT), so Word, LaTeX and printers assume 72 or 96 dpi and print a 300-dpi export three
 * times too large. We stamp the chosen DPI ourselves: a 9-byte `pHYs` chunk (pixels per metre,
 * X and Y, unit 1 = metre) right after IHDR, replacing any earlier one. PNG spec §11.3.5.3.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const INCHES_PER_METRE = 1 / 0.0254;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG uses it (ISO 3309), over the chunk type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export type PngChunk = { type: string; data: Uint8Array; crc: number; /** byte offset of the length field */ offset: number };

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The chunks in file order. Throws on a truncated or non-PNG buffer rather than guessing. */
export function readChunks(png: Uint8Array): PngChunk[] {
  if (!isPng(png)) throw new Error('Not a PNG file (bad signature).');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new Error('Truncated PNG chunk header.');
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error('Truncated PNG chunk.');
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length), crc: view.getUint32(offset + 8 + length), offset });
    offset = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** dpi → pixels per metre, as pHYs stores it: 300 dpi → 11811. */
export function dpiToPixelsPerMetre(dpi: number): number {
  return Math.round(dpi * INCHES_PER_METRE);
}

function physChunk(dpi: number): Uint8Array {
  const ppm = dpiToPixelsPerMetre(dpi);
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

/**
 * The same PNG with a pHYs chunk for `dpi` right after IHDR (any existing pHYs is dropped, so
 * stamping twice leaves one chunk). Image data is copied byte for byte, never re-encoded.
 */
export function setPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!(dpi > 0) || !Number.isFinite(dpi)) throw new Error(`Invalid DPI: ${dpi}`);
  const chunks = readChunks(png);
  if (chunks[0]?.type !== 'IHDR') throw new Error('PNG does not start with IHDR.');
  const phys = physChunk(dpi);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const chunk of chunks) {
    if (chunk.type === 'pHYs') continue;
    parts.push(png.subarray(chunk.offset, chunk.offset + 12 + chunk.data.length));
    if (chunk.type === 'IHDR') parts.push(phys);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export type PngPhysical = { pixelsPerUnitX: number; pixelsPerUnitY: number; unit: number; dpiX: number; dpiY: number };

/** The pHYs values, or null if the PNG has none. */
export function readPngDpi(png: Uint8Array): PngPhysical | null {
  const chunk = readChunks(png).find((c) => c.type === 'pHYs');
  if (!chunk || chunk.data.length !== 9) return null;
  const view = new DataView(chunk.data.buffer, chunk.data.byteOffset, 9);
  const x = view.getUint32(0);
  const y = view.getUint32(4);
  const unit = chunk.data[8];
  const toDpi = (ppm: number) => (unit === 1 ? ppm / INCHES_PER_METRE : NaN);
  return { pixelsPerUnitX: x, pixelsPerUnitY: y, unit, dpiX: toDpi(x), dpiY: toDpi(y) };
}

/** Width and height from IHDR. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = readChunks(png)[0];
  if (ihdr?.type !== 'IHDR') throw new Error('PNG does not start with IHDR.');
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, 8);
  return { width: view.getUint32(0), height: view.getUint32(4) };
}
