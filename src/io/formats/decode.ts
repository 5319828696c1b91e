/**
 * Bytes → text for a text format, refusing what is not text: binary data (NUL bytes in the first
 * 8 KB) and bytes that are not UTF-8. CSV alone gets a second chance as GB18030, the encoding a
 * Chinese Excel writes by default, and the report says so.
 */
import type { FormatEntry, FormatError, InteropNote } from './types';

/** The offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

export const looksBinary = (b: Uint8Array) => b.subarray(0, 8192).includes(0);

export type Decoded = { ok: true; text: string; notes: InteropNote[] } | { ok: false; error: FormatError };

export function decodeText(bytes: Uint8Array, format: FormatEntry): Decoded {
  if (looksBinary(bytes)) return { ok: false, error: { key: 'interop.error.binary', params: { format: format.name } } };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), notes: [] };
  if (format.id === 'csv') {
    try {
      return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), notes: [{ key: 'interop.note.decodedGb18030' }] };
    } catch {
      // Not GB18030 either: refuse below.
    }
  }
  return { ok: false, error: { key: 'interop.error.encoding', params: { format: format.name, offset: bad + 1 } } };
}
