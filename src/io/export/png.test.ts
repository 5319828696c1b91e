import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, dpiToPixelsPerMetre, readChunks, readPngDpi, readPngSize, setPngDpi } from './png';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A 2×1 RGBA PNG assembled by hand (red, transparent), optionally with extra chunks after IHDR. */
function tinyPng(extra: Uint8Array[] = []): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, 2);
  view.setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  const scanline = Uint8Array.from([0, 255, 0, 0, 255, 0, 0, 0, 0]); // filter byte + 2 pixels
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...extra, chunk('IDAT', deflateSync(scanline)), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('crc32', () => {
  it('matches the known CRC of an IEND chunk', () => {
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
  });
});

describe('setPngDpi', () => {
  it('writes 300 dpi as 11811 px/m right after IHDR, with a valid CRC', () => {
    const png = setPngDpi(tinyPng(), 300);
    const chunks = readChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const phys = chunks[1];
    const typeAndData = png.subarray(phys.offset + 4, phys.offset + 8 + phys.data.length);
    expect(phys.crc).toBe(crc32(typeAndData));
    expect(readPngDpi(png)).toMatchObject({ pixelsPerUnitX: 11811, pixelsPerUnitY: 11811, unit: 1 });
    expect(readPngDpi(png)!.dpiX).toBeCloseTo(300, 1);
  });

  it('leaves an image that a strict decoder still reads, pixels unchanged', () => {
    const png = setPngDpi(tinyPng(), 150);
    const decoded = PNG.sync.read(Buffer.from(png), { checkCRC: true });
    expect([decoded.width, decoded.height]).toEqual([2, 1]);
    expect([...decoded.data]).toEqual([255, 0, 0, 255, 0, 0, 0, 0]);
    expect(readPngSize(png)).toEqual({ width: 2, height: 1 });
  });

  it('replaces an existing pHYs instead of adding a second one', () => {
    const old = new Uint8Array(9);
    new DataView(old.buffer).setUint32(0, 2835);
    new DataView(old.buffer).setUint32(4, 2835);
    old[8] = 1;
    const png = setPngDpi(tinyPng([chunk('pHYs', old)]), 96);
    expect(readChunks(png).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(readPngDpi(png)!.pixelsPerUnitX).toBe(dpiToPixelsPerMetre(96));
    expect(dpiToPixelsPerMetre(96)).toBe(3780);
  });

  it('refuses garbage and nonsense DPI instead of writing a broken file', () => {
    expect(() => setPngDpi(ascii('not a png at all'), 300)).toThrow(/signature/);
    expect(() => setPngDpi(tinyPng().subarray(0, 30), 300)).toThrow(/Truncated/);
    expect(() => setPngDpi(tinyPng(), 0)).toThrow(/DPI/);
    expect(() => setPngDpi(tinyPng(), Number.NaN)).toThrow(/DPI/);
  });

  it('reports no DPI for a browser-style PNG without pHYs', () => {
    expect(readPngDpi(tinyPng())).toBeNull();
  });
});
