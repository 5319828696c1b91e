import { describe, expect, it } from 'vitest';
import { fileNameFor } from './serialize';

const named = (title: string) => ({ meta: { title } });

describe('fileNameFor', () => {
  it.each([
    ['基于宁波智能制造特色的 Y 校"1+X"证书制度实施的理论模型', '基于宁波智能制造特色的-Y-校1+X证书制度实施的理论模型.json'],
    ['School model', 'School-model.json'],
    ['  a / b \\ c : d * e ? f " g < h > i | j  ', 'a-b-c-d-e-f-g-h-i-j.json'],
    ['line\nbreak\ttab\u0000nul', 'line-break-tabnul.json'],
    ['Über café — Ελληνικά العربية', 'Über-café-—-Ελληνικά-العربية.json'],
    ['emoji 👨‍👩‍👧 ok', 'emoji-👨‍👩‍👧-ok.json'],
    ['evil\u202Egpj.exe', 'evilgpj.exe.json'],
    ['...hidden...', 'hidden.json'],
    ['', 'theory-model.json'],
    ['   ', 'theory-model.json'],
    ['/:*?', 'theory-model.json'],
    ['lone \uD800 surrogate', 'lone-surrogate.json'],
    ['CON', 'CON-model.json'],
    ['<img src=x onerror=alert(1)>', 'img-src=x-onerror=alert(1).json'],
  ])('%j → %j', (title, expected) => {
    expect(fileNameFor(named(title), 'json')).toBe(expected);
  });

  it('accepts the extension with or without a dot', () => {
    expect(fileNameFor(named('a'), '.png')).toBe('a.png');
    expect(fileNameFor(named('a'), 'svg')).toBe('a.svg');
  });

  it('caps the name at 80 characters without splitting an emoji', () => {
    const base = fileNameFor(named('学'.repeat(79) + '😀😀😀'), 'json').replace(/\.json$/, '');
    expect(Array.from(base)).toHaveLength(80);
    expect(base.endsWith('😀')).toBe(true);
    expect(fileNameFor(named('x'.repeat(500)), 'json')).toBe(`${'x'.repeat(80)}.json`);
  });
});
