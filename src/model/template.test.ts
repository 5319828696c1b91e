import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeTemplateText, extractPlaceholders, fillTemplate, parseTemplate, placeholderIds, serializeTemplate } from './template';

const values = (map: Record<string, string | null>) => (id: string) => (id in map ? map[id] : undefined);

describe('template syntax', () => {
  it('parses placeholders, escaped braces and stray braces', () => {
    expect(parseTemplate('基于{region}{industry}特色')).toEqual([
      { kind: 'text', text: '基于' },
      { kind: 'placeholder', id: 'region' },
      { kind: 'placeholder', id: 'industry' },
      { kind: 'text', text: '特色' },
    ]);
    expect(parseTemplate('{{region}} is literal')).toEqual([{ kind: 'text', text: '{region} is literal' }]);
    // Not a placeholder name: kept as written, so hand-written text never breaks.
    expect(parseTemplate('{ 1 } {my region} } {')).toEqual([{ kind: 'text', text: '{ 1 } {my region} } {' }]);
    expect(placeholderIds('{a}{b}{a}{{c}}')).toEqual(['a', 'b']);
  });

  it('escaping is exact: any text, escaped, parses back to itself with no placeholders', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', 'a', '_', '1', ' ', '宁', '「', '」') }), (text) => {
        const segments = parseTemplate(escapeTemplateText(text));
        expect(segments.every((s) => s.kind === 'text')).toBe(true);
        expect(segments.map((s) => (s.kind === 'text' ? s.text : '')).join('')).toBe(text);
      }),
    );
  });

  it('serializing parsed text gives equivalent template text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', 'x', 'y', '地') }), (text) => {
        expect(parseTemplate(serializeTemplate(parseTemplate(text)))).toEqual(parseTemplate(text));
      }),
    );
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder and turns escapes into braces', () => {
    expect(fillTemplate('基于{region}{industry}特色的{{X}}证书', values({ region: '佛山', industry: '家电制造' }))).toBe('基于佛山家电制造特色的{X}证书');
  });

  it('inserts a value literally, even one with braces, escapes or Chinese punctuation — never expanded again', () => {
    const tricky = '「{industry}」，、{{x}}}{';
    expect(fillTemplate('{region}：{industry}', values({ region: tricky, industry: '轨道交通' }))).toBe(`${tricky}：轨道交通`);
    expect(fillTemplate('{a}{b}', values({ a: '{b}', b: '}' }))).toBe('{b}}');
  });

  it('keeps an undeclared placeholder as written, and gives null when a declared one has no value', () => {
    expect(fillTemplate('{region}与{other}', values({ region: '成都' }))).toBe('成都与{other}');
    expect(fillTemplate('{region}', values({ region: null }))).toBeNull();
    expect(fillTemplate('no placeholders', values({ region: null }))).toBe('no placeholders');
  });
});

describe('extractPlaceholders', () => {
  it('replaces words with placeholders, the longest first, never inside a placeholder', () => {
    const counts = new Map<string, number>();
    const words = new Map([
      ['智能制造', 'industry'],
      ['智能制造企业', 'enterprise'],
    ]);
    const out = extractPlaceholders([{ kind: 'text', text: '智能制造企业与智能制造' }, { kind: 'placeholder', id: 'region' }], words, counts);
    expect(serializeTemplate(out)).toBe('{enterprise}与{industry}{region}');
    expect(Object.fromEntries(counts)).toEqual({ enterprise: 1, industry: 1 });
  });

  it('escapes the literal braces around what it replaced', () => {
    const out = extractPlaceholders([{ kind: 'text', text: '{宁波}' }], new Map([['宁波', 'region']]));
    expect(serializeTemplate(out)).toBe('{{{region}}}');
    expect(fillTemplate(serializeTemplate(out), values({ region: '成都' }))).toBe('{成都}');
  });
});
