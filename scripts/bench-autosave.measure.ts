/** The measurement of scripts/bench-autosave.ts; runs in Node and, bundled, in the browser. */
import { serializeModel } from '../src/io/serialize';
import { moveNodes } from '../src/model/edits';
import { Autosaver } from '../src/store/persistence/autosaver';
import { encodeEnvelope, makeEnvelope, peekHead } from '../src/store/persistence/envelope';
import { DRAFT_KEY } from '../src/store/persistence/keys';
import type { StorageLike } from '../src/store/persistence/storage';
import { generatedModel } from '../src/store/persistence/testing/fakes';

export type Stats = { median: number; p90: number; max: number };
export type BenchResult = {
  /** The whole write: Autosaver.flush() after a one-node edit. */
  flush: Stats;
  /** Its parts, timed on their own. */
  serialize: Stats;
  envelope: Stats;
  getItem: Stats;
  peekHead: Stats;
  setItem: Stats;
  /** Size of the stored value (JS strings are UTF-16: 2 bytes a character). */
  bytes: number;
};

const WARM_UP = 3;

function stats(times: number[]): Stats {
  const s = times.slice(WARM_UP).sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, p90: s[Math.min(s.length - 1, Math.floor(0.9 * s.length))], max: s[s.length - 1] };
}

/**
 * Milliseconds between runs. Real autosave writes are ≥ 300 ms apart, so `pauseMs` > 0 is the
 * realistic case; but on a busy machine each run after a sleep also waits for the scheduler, so 0
 * (back to back, after the warm-up pass) shows the CPU cost of the code itself. The script runs both.
 */
let pauseMs = 0;
const pause = () => (pauseMs > 0 ? new Promise<void>((resolve) => setTimeout(resolve, pauseMs)) : Promise.resolve());

async function timed(runs: number, now: () => number, once: (i: number) => void): Promise<Stats> {
  const times: number[] = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    await pause();
    const t0 = now();
    once(i);
    times.push(now() - t0);
  }
  return stats(times);
}

/**
 * Everything it needs is passed in, so the same code runs in both places. The whole measurement
 * runs twice and the second pass is reported: the first warms up the JIT (as a page that has been
 * open for a while would be).
 */
export async function measure(storage: StorageLike, nodes: number, runs: number, now: () => number, pauseBetweenMs = 0): Promise<BenchResult> {
  pauseMs = pauseBetweenMs;
  await pass(storage, nodes, runs, now);
  return pass(storage, nodes, runs, now);
}

async function pass(storage: StorageLike, nodes: number, runs: number, now: () => number): Promise<BenchResult> {
  storage.removeItem(DRAFT_KEY);
  let doc = generatedModel(nodes, 42);
  const serialize = await timed(runs, now, () => void serializeModel(doc));
  const envelope = await timed(runs, now, (i) => void encodeEnvelope(makeEnvelope(doc, i, 'bench', 0)));
  const text = encodeEnvelope(makeEnvelope(doc, 1, 'bench', 0));
  const setItem = await timed(runs, now, (i) => storage.setItem(DRAFT_KEY, i % 2 ? text : `${text} `));
  const getItem = await timed(runs, now, () => void storage.getItem(DRAFT_KEY));
  const peek = await timed(runs, now, () => void peekHead(text));
  storage.removeItem(DRAFT_KEY);

  // The real path. The edit happens outside the timed part: only the save is measured.
  const saver = new Autosaver({ storage: () => storage, getDoc: () => doc, tabId: 'bench', onEvent: () => {} });
  const times: number[] = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    doc = moveNodes(doc, new Map([[`n${i % nodes}`, { x: i, y: i }]]));
    await pause();
    const t0 = now();
    saver.flush();
    times.push(now() - t0);
  }
  const flush = stats(times);
  return { flush, serialize, envelope, getItem, peekHead: peek, setItem, bytes: (storage.getItem(DRAFT_KEY) ?? '').length * 2 };
}
