/**
 * Step 1: refuse oversized input before any parsing. A huge paste that hangs the tab also hangs it
 * again on every reload once autosaved (codesandbox/codesandbox-client#1358), so the cap applies
 * to every source, including the saved draft.
 */
import { msg } from '../i18n/message';
import { fail, sourceNoun, type ImportError, type ImportSource } from './types';

/** 20 MB: far above any hand-made theory model, well below what freezes a tab while parsing. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(bytes: number, maxBytes: number, source?: ImportSource): ImportError {
  return fail('too-large', msg('io.tooLarge', { source: sourceNoun(source), size: megabytes(bytes), max: megabytes(maxBytes) })).error;
}

/** For a File or Blob: call before reading it, so a 2 GB drop is refused without reading a byte. */
export function checkFileSize(
  file: { size: number },
  maxBytes: number = DEFAULT_MAX_BYTES,
  source: ImportSource = 'file',
): ImportError | null {
  return file.size > maxBytes ? tooLarge(file.size, maxBytes, source) : null;
}

/** UTF-8 byte length without allocating an encoded copy of a possibly 20 MB string. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair is one 4-byte code point
        i++;
      } else bytes += 3; // lone surrogate: encoders write U+FFFD, 3 bytes
    } else bytes += 3;
  }
  return bytes;
}

/** For text already in memory. `length` is a cheap lower bound; exact bytes only when it matters. */
export function checkTextSize(text: string, maxBytes: number, source?: ImportSource): ImportError | null {
  if (text.length > maxBytes) return tooLarge(text.length, maxBytes, source);
  if (text.length * 3 <= maxBytes) return null; // even all-CJK text fits
  const bytes = utf8ByteLength(text);
  return bytes > maxBytes ? tooLarge(bytes, maxBytes, source) : null;
}
