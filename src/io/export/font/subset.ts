/**
 * Font subsetting with HarfBuzz's hb-subset, compiled to WASM by harfbuzzjs
 * (`dist/harfbuzz-subset.wasm`: no imports, raw C exports). A CJK face is 10.6 MB with ~30,000
 * glyphs; a figure uses a few hundred characters, so the PDF and the font-embedding SVG carry
 * only those (Figure 2: ~100 KB). The calls follow subset-font's (Node-only) source: blob → face
 * → input with a unicode set → hb_subset_or_fail → the new face's blob, copied out of WASM memory.
 * Everything allocated in WASM is freed before returning, also on failure.
 */

type Ptr = number;

/** The hb-subset exports we call (C signatures; pointers are numbers into `memory`). */
export type SubsetExports = {
  memory: WebAssembly.Memory;
  malloc(size: number): Ptr;
  free(ptr: Ptr): void;
  hb_blob_create(data: Ptr, length: number, mode: number, userData: Ptr, destroy: Ptr): Ptr;
  hb_blob_destroy(blob: Ptr): void;
  hb_blob_get_data(blob: Ptr, length: Ptr): Ptr;
  hb_blob_get_length(blob: Ptr): number;
  hb_face_create(blob: Ptr, index: number): Ptr;
  hb_face_destroy(face: Ptr): void;
  hb_face_reference_blob(face: Ptr): Ptr;
  hb_set_add(set: Ptr, codepoint: number): void;
  hb_subset_input_create_or_fail(): Ptr;
  hb_subset_input_destroy(input: Ptr): void;
  hb_subset_input_unicode_set(input: Ptr): Ptr;
  hb_subset_or_fail(face: Ptr, input: Ptr): Ptr;
  _initialize?: () => void;
};

/** HB_MEMORY_MODE_WRITABLE: HarfBuzz may use the bytes in place (we own and free them). */
const MEMORY_MODE_WRITABLE = 2;

export type Subsetter = {
  /** A TrueType font with only the glyphs for `codepoints` (plus .notdef), as new bytes. */
  subset(font: Uint8Array, codepoints: Iterable<number>): Uint8Array;
};

export async function loadSubsetter(wasm: BufferSource): Promise<Subsetter> {
  const { instance } = await WebAssembly.instantiate(wasm, {});
  const hb = instance.exports as unknown as SubsetExports;
  hb._initialize?.(); // emscripten "reactor" module: run the C++ constructors once
  return { subset: (font, codepoints) => subsetWith(hb, font, codepoints) };
}

export function subsetWith(hb: SubsetExports, font: Uint8Array, codepoints: Iterable<number>): Uint8Array {
  const fontPtr = hb.malloc(font.byteLength);
  if (!fontPtr) throw new Error('hb-subset: out of memory for the font.');
  new Uint8Array(hb.memory.buffer).set(font, fontPtr);
  const blob = hb.hb_blob_create(fontPtr, font.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  let subsetFace = 0;
  try {
    if (!input) throw new Error('hb-subset: could not create the subset input.');
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codepoints) if (Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff) hb.hb_set_add(unicodes, cp);
    subsetFace = hb.hb_subset_or_fail(face, input);
    if (!subsetFace) throw new Error('hb-subset: the font could not be subset (is it a TrueType/OpenType font?).');
    const out = hb.hb_face_reference_blob(subsetFace);
    try {
      const length = hb.hb_blob_get_length(out);
      if (length === 0) throw new Error('hb-subset: the subset font is empty.');
      const data = hb.hb_blob_get_data(out, 0);
      // Memory may have grown during subsetting: take a fresh view, and copy out before freeing.
      return new Uint8Array(hb.memory.buffer, data, length).slice();
    } finally {
      hb.hb_blob_destroy(out);
    }
  } finally {
    if (subsetFace) hb.hb_face_destroy(subsetFace);
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(fontPtr);
  }
}

/** The distinct code points of some texts, in order (newlines and other controls left out). */
export function codepointsOf(texts: Iterable<string>): number[] {
  const seen = new Set<number>();
  for (const text of texts) for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) seen.add(cp);
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * The 6-letter tag PDF readers expect before a subset font's name ("ABCDEF+NotoSansSC", ISO
 * 32000-1 §9.6.4): `pdffonts` reports "sub yes" only with it. Derived from the character set
 * (FNV-1a), so the same figure gets the same name and two different subsets don't share one.
 */
export function subsetTag(codepoints: readonly number[]): string {
  let h = 0x811c9dc5;
  for (const cp of codepoints) {
    h ^= cp;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    h = Math.imul(h ^ (i + 1), 0x01000193) >>> 0;
    tag += String.fromCharCode(65 + (h % 26));
  }
  return tag;
}
