import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { looksTruncated, parseJson } from './parseJson';

describe('parseJson', () => {
  it('parses JSON and tolerates a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each(['', '   ', '\n\t\r\n', '\uFEFF  '])('refuses empty input %j as "empty"', (text) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('empty');
  });

  it('says a truncated file is cut off, and keeps the parser message', () => {
    const result = parseJson('{"format":"theory-model","meta":{"title":"学');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-json');
      expect(inEnglish(result.error.message)).toMatch(/cut off/);
      expect(result.error.details?.map(inEnglish)[0]).toBeTruthy();
    }
  });

  it('refuses plain text and binary', () => {
    for (const text of ['hello world', '\u0000\u0001\u0002PNG', '{a:1}', "{'a':1}"]) {
      const result = parseJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('not-json');
    }
  });

  it('names the source in its messages', () => {
    const result = parseJson('', 'paste');
    if (!result.ok) expect(inEnglish(result.error.message)).toBe('The pasted text is empty.');
  });
});

describe('looksTruncated', () => {
  it('spots text that stops mid-document whatever the engine says', () => {
    expect(looksTruncated('{')).toBe(true);
    expect(looksTruncated('{"a":"x')).toBe(true);
    expect(looksTruncated('{"a":"x\\"}')).toBe(true);
    expect(looksTruncated('{"a":[1,')).toBe(true);
    expect(looksTruncated('{"a":"{["}')).toBe(false);
    expect(looksTruncated('{a:1}')).toBe(false);
  });
});
