import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, locateJsonError } from './jsonError';

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}} ', '"s"', '0', '[[[]]]']) {
      expect(jsonErrorOffset(text), text).toBeNull();
    }
  });
  it('names line and column of the first bad character', () => {
    expect(locateJsonError('{\n  "a": x}')).toEqual({ line: 2, column: 8, atEnd: false });
    expect(locateJsonError('this is not')).toEqual({ line: 1, column: 1, atEnd: false });
    expect(locateJsonError('{"a": 1,}')).toEqual({ line: 1, column: 9, atEnd: false });
    expect(locateJsonError('{"a" 1}')).toEqual({ line: 1, column: 6, atEnd: false });
    expect(locateJsonError('[1 2]')).toEqual({ line: 1, column: 4, atEnd: false });
    expect(locateJsonError('{} x')).toEqual({ line: 1, column: 4, atEnd: false });
    expect(locateJsonError('{"a": "b\\q"}')).toEqual({ line: 1, column: 10, atEnd: false });
  });
  it('says when the text ends too early', () => {
    expect(locateJsonError('{"nodes": [tru')).toEqual({ line: 1, column: 15, atEnd: true });
    expect(locateJsonError('{"a": "unterminated')).toMatchObject({ atEnd: true });
    expect(locateJsonError('[1,\n')).toEqual({ line: 2, column: 1, atEnd: true });
  });
  it('agrees with JSON.parse on what is valid, deep nesting included', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonErrorOffset(deep)).toBeNull();
    for (const text of ['{"a":}', '[,]', '{,}', '[1,]', '{"a":1 "b":2}', '01', '-', '"\t"', 'nul', '{"a":[}]}']) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(jsonErrorOffset(text), text).not.toBeNull();
    }
  });
});
