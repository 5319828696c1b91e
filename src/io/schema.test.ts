import { describe, expect, it } from 'vitest';
import { COLOR_PATTERN, theoryModelSchema } from './schema';
import { setAt, validDoc } from './testing/fixtures';

describe('theoryModelSchema', () => {
  it('accepts a valid document', () => {
    expect(theoryModelSchema.safeParse(validDoc()).success).toBe(true);
  });

  it.each(['#abc', '#ABC', '#1f4e79', '#1F4E79'])('accepts the colour %s', (color) => {
    expect(COLOR_PATTERN.test(color)).toBe(true);
  });

  it.each([
    'red',
    'red; background:url(x)',
    '#1f4e79;background:url(https://evil/x)',
    'onMouseOver=alert(1) a=',
    'expression(alert(1))',
    '</style><script>alert(1)</script>',
    'var(--x)',
    '#12345',
    '#1234567',
    '#abcd',
    'rgb(0,0,0)',
    '#abc\n',
    ' #abc',
  ])('refuses the colour %j', (color) => {
    expect(COLOR_PATTERN.test(color)).toBe(false);
    expect(theoryModelSchema.safeParse(setAt(validDoc(), ['vocabulary', 'nodeKinds', 0, 'color'], color)).success).toBe(false);
  });

  it.each([Infinity, -Infinity, NaN, '12', null])('refuses the coordinate %j', (x) => {
    expect(theoryModelSchema.safeParse(setAt(validDoc(), ['nodes', 0, 'position', 'x'], x)).success).toBe(false);
  });

  it.each([
    ['node id', ['nodes', 0, 'id']],
    ['node kind', ['nodes', 0, 'kind']],
    ['edge relation', ['edges', 0, 'relation']],
    ['kind id', ['vocabulary', 'nodeKinds', 0, 'id']],
    ['relation id', ['vocabulary', 'relationTypes', 0, 'id']],
  ])('refuses an empty %s', (_name, path) => {
    expect(theoryModelSchema.safeParse(setAt(validDoc(), path, '')).success).toBe(false);
  });

  it('puts no length limit on text', () => {
    const doc = setAt(validDoc(), ['nodes', 0, 'label'], 'x'.repeat(100_000));
    expect(theoryModelSchema.safeParse(doc).success).toBe(true);
  });

  it('strips unknown fields (validate.ts reports them)', () => {
    const doc = setAt(validDoc(), ['nodes', 0, 'selected'], true);
    const parsed = theoryModelSchema.parse(doc);
    expect(parsed.nodes[0]).not.toHaveProperty('selected');
  });
});
