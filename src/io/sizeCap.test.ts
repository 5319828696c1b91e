import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { importModel } from './importModel';
import { checkFileSize, checkTextSize, DEFAULT_MAX_BYTES, utf8ByteLength } from './sizeCap';

describe('size cap', () => {
  it('refuses a File over the cap before it is read', () => {
    expect(checkFileSize({ size: DEFAULT_MAX_BYTES + 1 })?.code).toBe('too-large');
    expect(checkFileSize({ size: DEFAULT_MAX_BYTES })).toBeNull();
    expect(inEnglish(checkFileSize({ size: 2048 }, 1024)!.message)).toMatch(/too large.*limit/);
  });

  it('counts UTF-8 bytes, including CJK, emoji and lone surrogates', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('学校')).toBe(6);
    expect(utf8ByteLength('👨‍👩‍👧')).toBe(new TextEncoder().encode('👨‍👩‍👧').length);
    expect(utf8ByteLength('\uD800')).toBe(3);
  });

  it('refuses text whose bytes exceed the cap even when its length does not', () => {
    expect(checkTextSize('学'.repeat(400), 1000)?.code).toBe('too-large');
    expect(checkTextSize('a'.repeat(1000), 1000)).toBeNull();
  });

  it('refuses huge input through importModel without parsing it', () => {
    const huge = '{"format":"theory-model",' + ' '.repeat(2_000_000) + '}';
    const result = importModel(huge, { maxBytes: 1_000_000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-large');
  });
});
