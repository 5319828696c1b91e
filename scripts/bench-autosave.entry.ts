// Browser entry of scripts/bench-autosave.ts: the same measurement against the page's localStorage.
import { measure } from './bench-autosave.measure';

export function run(nodes: number, runs: number, pauseMs: number) {
  localStorage.clear();
  return measure(localStorage, nodes, runs, () => performance.now(), pauseMs);
}
