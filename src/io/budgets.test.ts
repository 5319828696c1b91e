import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/message';
import { FORMAT_VERSION } from '../model/types';
import { checkBudgets, DEFAULT_BUDGETS } from './budgets';
import { importModel } from './importModel';
import { encodeModel, readModelLink } from './link';
import { serializeModel } from './serialize';
import type { TheoryModel } from '../model/types';

function model(nodes: number, edges: [number, number][] = [], label = 'n'): TheoryModel {
  return {
    format: 'theory-model',
    version: FORMAT_VERSION,
    meta: { title: 'budget' },
    vocabulary: { nodeKinds: [{ id: 'a', label: 'A', color: '#123456' }], relationTypes: [{ id: 'r', label: 'R', color: '#654321' }] },
    nodes: Array.from({ length: nodes }, (_, i) => ({ id: `n${i}`, kind: 'a', label: i === 0 ? label : `n${i}`, position: { x: i, y: 0 } })),
    edges: edges.map(([s, t], i) => ({ id: `e${i}`, source: `n${s}`, target: `n${t}`, relation: 'r' })),
  };
}

describe('size budgets (issue 17)', () => {
  it('a model at every limit loads', () => {
    const star = Array.from({ length: DEFAULT_BUDGETS.edgesPerNode }, (_, i): [number, number] => [0, 1 + (i % 4999)]);
    const result = importModel(serializeModel(model(DEFAULT_BUDGETS.nodes, star, 'x'.repeat(DEFAULT_BUDGETS.labelChars))));
    expect(result.ok).toBe(true);
  });

  it('refuses, naming the limit and the count: nodes, edges, edges per node, label length', () => {
    const cases: [TheoryModel, string, RegExp][] = [
      [model(DEFAULT_BUDGETS.nodes + 1), 'nodes', /at most 5,000 nodes, and it has 5,001/],
      [model(2, Array.from({ length: DEFAULT_BUDGETS.edges + 1 }, (_, i): [number, number] => [i % 2, (i + 1) % 2])), 'edges', /at most 20,000 relations/],
      [model(3, Array.from({ length: DEFAULT_BUDGETS.edgesPerNode + 1 }, (): [number, number] => [0, 1])), 'edgesPerNode', /at most 1,000 relations at one node, and it has 1,001/],
      [model(1, [], 'x'.repeat(DEFAULT_BUDGETS.labelChars + 1)), 'labelChars', /at most 10,000 characters in one label/],
    ];
    for (const [doc, name, message] of cases) {
      const result = importModel(serializeModel(doc));
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('over-limit');
      expect(result.error.limit?.name).toBe(name);
      expect(inEnglish(result.error.message)).toMatch(message);
    }
  });

  it('checks translations as labels and descriptions with their own budget', () => {
    const doc = model(1);
    expect(checkBudgets({ ...doc, nodes: [{ ...doc.nodes[0], labels: { en: 'y'.repeat(10_001) } }] })?.name).toBe('labelChars');
    expect(checkBudgets({ ...doc, nodes: [{ ...doc.nodes[0], description: 'y'.repeat(10_001) }] })).toBeNull();
    expect(checkBudgets({ ...doc, meta: { title: 't', description: 'y'.repeat(100_001) } })?.name).toBe('textChars');
  });

  it('a share link that unpacks to more than its budget is refused before it is parsed', () => {
    const doc = model(30, [], 'z'.repeat(500));
    const link = `#model=${encodeModel(doc)}`;
    expect(readModelLink(link)?.ok).toBe(true);
    const budgets = { ...DEFAULT_BUDGETS, linkChars: 1_000 };
    const result = readModelLink(link, budgets);
    expect(result?.ok).toBe(false);
    if (!result || result.ok) return;
    expect(result.error.limit).toEqual({ name: 'linkChars', max: 1_000, actual: expect.any(Number) });
    expect(inEnglish(result.error.message)).toMatch(/The shared link is over a limit of this app: at most 1,000 characters/);
    expect(DEFAULT_BUDGETS.linkChars).toBe(2 * 1024 * 1024);
  });
});
