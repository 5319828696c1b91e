/**
 * The embedded-font assets, loaded only when a PDF or a font-embedding/outlined SVG is made:
 * this module is reached through dynamic `import()` only, so neither the 10.6 MB Noto Sans SC
 * face nor hb-subset's 680 KB WASM is fetched by the app until then. `?url` keeps both as
 * separate files (never inlined into a JS chunk); after the first export they stay in memory
 * for the session, so the next export subsets without downloading again.
 *
 * One face (Regular 400) for every weight: the SC family's bold is another 10.6 MB file. PDF
 * emulates heavier weights with a text stroke (pdf/pdfExport.ts); the SVG embeds one face.
 */
import fontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import subsetWasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import { codepointsOf, loadSubsetter, subsetTag, type Subsetter } from './subset';

/** The family name the export writes for the embedded face. */
export const EMBEDDED_FAMILY = 'NotoSansSC';

export type FontSubset = {
  /** A TrueType font with the figure's characters only. */
  bytes: Uint8Array;
  /** `ABCDEF+NotoSansSC`: the PDF BaseFont name of a subset. */
  subsetName: string;
  codepoints: number[];
  ms: number;
};

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}.`);
  return response.arrayBuffer();
}

let source: Promise<Uint8Array> | undefined;
let subsetter: Promise<Subsetter> | undefined;

/** Drops a failed load, so the next export tries again instead of failing forever. */
function retryable<T>(p: Promise<T>, reset: () => void): Promise<T> {
  p.catch(reset);
  return p;
}

export function loadSourceFont(): Promise<Uint8Array> {
  source ??= retryable(fetchBytes(fontUrl).then((b) => new Uint8Array(b)), () => (source = undefined));
  return source;
}

function loadHbSubset(): Promise<Subsetter> {
  subsetter ??= retryable(fetchBytes(subsetWasmUrl).then(loadSubsetter), () => (subsetter = undefined));
  return subsetter;
}

/** The face cut down to the characters of `texts` (e.g. every `<text>` of the export SVG). */
export async function subsetFor(texts: Iterable<string>): Promise<FontSubset> {
  const loadStart = performance.now();
  const [font, hb] = await Promise.all([loadSourceFont(), loadHbSubset()]);
  const start = performance.now();
  performance.measure('tm:export:font:load', { start: loadStart, end: start }); // ~0 once cached
  const codepoints = codepointsOf(texts);
  const bytes = hb.subset(font, codepoints);
  const end = performance.now();
  performance.measure('tm:export:font:subset', { start, end });
  return { bytes, subsetName: `${subsetTag(codepoints)}+${EMBEDDED_FAMILY}`, codepoints, ms: end - start };
}
