// @vitest-environment jsdom
/**
 * Import time of a 1,000-node file (issue 12, "Measured"): read + importModel, for DOT and
 * GraphML (jsdom's XML parser; a browser's DOMParser is faster). Run:
 * `npx vitest bench --run src/io/formats/import.bench.ts`. Numbers go in docs/performance.md.
 */
import { bench, describe } from 'vitest';
import { importModel } from '../importModel';
import { FORMAT_VERSION, type TheoryModel } from '../../model/types';
import { formatById } from './registry';

function bigModel(n: number): TheoryModel {
  const kinds = ['actor', 'driver', 'resource'];
  return {
    format: 'theory-model',
    version: FORMAT_VERSION,
    meta: { title: 'big' },
    vocabulary: { nodeKinds: kinds.map((id, i) => ({ id, label: id, color: ['#1f4e79', '#b45309', '#2e7d32'][i] })), relationTypes: [{ id: 'r', label: 'r', color: '#555555' }, { id: 's', label: 's', color: '#6a1b9a', line: 'dashed' }] },
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: kinds[i % 3], label: `节点 ${i}`, position: { x: (i % 40) * 180, y: Math.floor(i / 40) * 100 } })),
    edges: Array.from({ length: Math.round(n * 1.5) }, (_, i) => ({ id: `e${i}`, source: `n${i % n}`, target: `n${(i * 7 + 1) % n}`, relation: i % 2 ? 'r' : 's' })),
  };
}

const doc = bigModel(1000);
const texts = new Map<string, string>();
for (const id of ['dot', 'graphml', 'mermaid', 'csv']) {
  const mod = await formatById(id)!.load();
  const out = await mod.write!(doc);
  const text = (out as { text?: string }).text;
  if (text !== undefined) texts.set(id, text);
}

describe('import 1,000 nodes / 1,500 edges', () => {
  for (const [id, text] of texts) {
    bench(`${id} (${Math.round(text.length / 1024)} KB)`, async () => {
      const mod = await formatById(id)!.load();
      const read = await mod.read!([{ name: `big.${id}`, text }]);
      if (!read.ok) throw new Error(id);
      const r = importModel(read.doc);
      if (!r.ok) throw new Error(id);
    }, { iterations: 5, warmupIterations: 1 });
  }
});
