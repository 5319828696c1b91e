/// <reference lib="webworker" />
/**
 * Shapes text into glyph outlines off the main thread (outlines.ts). HarfBuzz loads here, once
 * per worker, from its own WASM file. It is imported inside the handler, not at the top: its
 * module initialises with a top-level await, and a listener registered after that await could
 * miss the message posted right after the worker starts.
 */
import { shapeRuns, type Run } from './shapeRuns';

self.addEventListener('message', (event: MessageEvent<{ font: Uint8Array; texts: Run[][] }>) => {
  import('harfbuzzjs')
    .then((hb) => self.postMessage({ ok: true, shaped: shapeRuns(hb, event.data.font, event.data.texts) }))
    .catch((error: unknown) => self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }));
});
