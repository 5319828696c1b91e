import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Blob as HbBlob, Face } from 'harfbuzzjs';
import { codepointsOf, loadSubsetter, subsetTag } from './subset';

const require = createRequire(import.meta.url);
const font = new Uint8Array(readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')));
const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));

const unicodesOf = (bytes: Uint8Array) => [...new Face(new HbBlob(bytes.slice().buffer)).collectUnicodes()].sort((a, b) => a - b);

describe('hb-subset', () => {
  it('keeps exactly the characters asked for, as a much smaller TrueType font', async () => {
    const subsetter = await loadSubsetter(wasm);
    const cps = codepointsOf(['智能制造企业', 'School 学校', '共建']);
    const out = subsetter.subset(font, cps);
    expect([...out.subarray(0, 4)]).toEqual([0, 1, 0, 0]); // TrueType (glyf) signature, as jsPDF needs
    expect(out.byteLength).toBeLessThan(font.byteLength / 50);
    expect(unicodesOf(out)).toEqual(cps);
    // Twice in one instance: memory is freed and reused without corrupting the second result.
    const again = subsetter.subset(font, cps);
    expect(again).toEqual(out);
  });

  it('refuses bytes that are not a font instead of returning garbage', async () => {
    const subsetter = await loadSubsetter(wasm);
    expect(() => subsetter.subset(new Uint8Array(1000).fill(7), [0x5b66])).toThrow(/hb-subset/);
  });
});

describe('codepointsOf and subsetTag', () => {
  it('lists distinct printable code points, astral ones whole', () => {
    expect(codepointsOf(['aba\n', '𠀋b'])).toEqual([0x61, 0x62, 0x2000b]);
  });

  it('is six capital letters, stable for a set and different for another', () => {
    const a = subsetTag(codepointsOf(['学校']));
    expect(a).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag(codepointsOf(['学校']))).toBe(a);
    expect(subsetTag(codepointsOf(['学生']))).not.toBe(a);
  });
});
