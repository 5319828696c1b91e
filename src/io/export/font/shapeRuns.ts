/**
 * Glyph outlines for lines of text, shaped by HarfBuzz: pure, given the harfbuzzjs module (the
 * export's worker passes it in; tests pass the Node build). harfbuzzjs initialises its WASM with
 * a top-level await, so it is only ever imported inside the worker (outline.worker.ts): imported
 * lazily on the main thread, it made the bundler split the app's initial code into 15 chunks.
 */
type HarfBuzz = typeof import('harfbuzzjs');

/** One line: its text, x (start or centre), baseline and size in the SVG's user units. */
export type Run = { text: string; x: number; y: number; size: number; middle: boolean };
export type Shaped = { d: string; glyphs: number };

type Cmd = { type: string; values: number[] };

/** 0.1 px (0.03 mm at print size) is below what any printer or screen shows, and halves the file. */
const round = (n: number) => Math.round(n * 10) / 10;

function pathData(cmds: Cmd[], ox: number, oy: number, k: number, out: string[]): void {
  for (const c of cmds) {
    const v: number[] = [];
    for (let i = 0; i + 1 < c.values.length; i += 2) v.push(round(ox + c.values[i] * k), round(oy - c.values[i + 1] * k));
    out.push(c.type + v.join(' '));
  }
}

/** Path data per text element (each a list of lines), in the order given. */
export function shapeRuns(hb: HarfBuzz, fontBytes: Uint8Array, texts: Run[][]): Shaped[] {
  const face = new hb.Face(new hb.Blob(fontBytes));
  const font = new hb.Font(face);
  const upem = face.upem;
  const glyphs = new Map<number, Cmd[]>();
  const glyph = (id: number) => {
    let cmds = glyphs.get(id);
    if (!cmds) glyphs.set(id, (cmds = font.glyphToJson(id)));
    return cmds;
  };
  return texts.map((runs) => {
    const d: string[] = [];
    let count = 0;
    for (const run of runs) {
      if (!run.text) continue;
      const k = run.size / upem;
      const buffer = new hb.Buffer();
      buffer.addText(run.text);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      const advance = positions.reduce((n, p) => n + p.xAdvance, 0);
      let pen = run.middle ? run.x - (advance * k) / 2 : run.x;
      infos.forEach((info, i) => {
        const p = positions[i];
        pathData(glyph(info.codepoint), pen + p.xOffset * k, run.y - p.yOffset * k, k, d);
        pen += p.xAdvance * k;
        count++;
      });
    }
    return { d: d.join(''), glyphs: count };
  });
}
