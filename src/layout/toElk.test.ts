import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { edge, figureGraph, group, node } from './fixtures';
import { LARGE_GRAPH_NODES, ORGANIC_MAX_NODES, PARTITION_KEY } from './options';
import { LABEL_TEXT, toElk } from './toElk';
import { LayoutError, type LayoutInput, type LayoutRequest } from './types';

const FIGURE: LayoutRequest = { algorithm: 'figure', direction: 'RIGHT' };
const graphOf = (input: LayoutInput, req: LayoutRequest = FIGURE) => toElk(input, req).jobs[0].graph;
const find = (root: ElkNode, id: string): ElkNode | undefined => {
  for (const c of root.children ?? []) {
    if (c.id === id) return c;
    const deeper = find(c, id);
    if (deeper) return deeper;
  }
  return undefined;
};
const partitionOf = (root: ElkNode, id: string) => find(root, id)?.layoutOptions?.[PARTITION_KEY];
const allOptions = (n: ElkNode): Record<string, unknown>[] => [
  ...(n.layoutOptions ? [n.layoutOptions] : []),
  ...(n.children ?? []).flatMap(allOptions),
];
const errorCode = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof LayoutError ? e.code : `not a LayoutError: ${String(e)}`;
  }
  return 'no error';
};

describe('toElk', () => {
  it('passes leaf sizes, nests children in groups and leaves group sizes to ELK', () => {
    const g = graphOf(figureGraph());
    expect(find(g, 'd1')).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    const ga = find(g, 'GA')!;
    expect(ga.width).toBeUndefined();
    expect(ga.children!.map((c) => c.id)).toEqual(['a4', 'a5', 'a6', 'a7']);
    expect(ga.layoutOptions!['elk.padding']).toBe('[top=44,left=16,bottom=16,right=16]');
    expect(g.children!.map((c) => c.id)).not.toContain('a4');
  });

  it('declares edges at the root with label sizes, keeps self-loops and skips dangling edges', () => {
    const input = figureGraph();
    input.edges.push(edge('d1', 'ghost'), edge('ghost', 'a1'));
    const g = graphOf(input);
    const ids = g.edges!.map((e) => e.id);
    expect(ids).toContain('a6->a6');
    expect(ids).not.toContain('d1->ghost');
    expect(ids).not.toContain('ghost->a1');
    expect(g.edges!.find((e) => e.id === 'd1->a1')!.labels).toEqual([{ text: LABEL_TEXT, width: 64, height: 18 }]);
    expect(g.edges!.find((e) => e.id === 'd2->a2')!.labels).toBeUndefined();
    expect((find(g, 'GA')!.edges ?? []).length).toBe(0);
  });

  it('writes every option key in elk. form with a string value', () => {
    for (const req of [FIGURE, { ...FIGURE, algorithm: 'organic' }, { ...FIGURE, algorithm: 'radial', rootId: 'a1' }] as LayoutRequest[]) {
      for (const opts of allOptions(graphOf(figureGraph(), req))) {
        for (const [k, v] of Object.entries(opts)) {
          expect(k.startsWith('elk.'), k).toBe(true);
          expect(typeof v, k).toBe('string');
        }
      }
    }
  });

  it('partitions top-level nodes by band of kind (even ids, gates between); groups by majority', () => {
    const input: LayoutInput = {
      nodes: [
        node('x', 'concept'), node('r', 'resource'), node('d', 'driver'), node('a', 'actor'),
        group('G'), node('g1', 'resource', { parent: 'G' }), node('g2', 'resource', { parent: 'G' }), node('g3', 'actor', { parent: 'G' }),
      ],
      edges: [],
    };
    const { jobs } = toElk(input, FIGURE);
    const g = jobs[0].graph;
    expect(['d', 'a', 'r', 'G', 'x'].map((id) => partitionOf(g, id))).toEqual(['0', '2', '4', '4', '6']);
    // ELK ignores partitions below the root (eclipse-elk/elk#773), so none are written there.
    expect(partitionOf(g, 'g1')).toBeUndefined();
    expect([...jobs[0].gates].map((id) => partitionOf(g, id))).toEqual(['1', '3', '5']);
    expect(find(g, [...jobs[0].gates][0])).toMatchObject({ width: 0, height: 0 });
    expect(g.layoutOptions!['elk.partitioning.activate']).toBe('true');
    expect(g.layoutOptions!['elk.separateConnectedComponents']).toBe('false');
    expect(find(g, 'G')!.layoutOptions!['elk.partitioning.activate']).toBeUndefined();
    const custom = graphOf(input, { ...FIGURE, bands: [['resource'], ['driver', 'actor']] });
    expect(['r', 'd', 'a', 'x'].map((id) => partitionOf(custom, id))).toEqual(['0', '2', '2', '4']);
  });

  it('numbers bands densely when some are empty', () => {
    const { jobs } = toElk({ nodes: [node('d', 'driver'), node('r', 'resource')], edges: [] }, FIGURE);
    expect([partitionOf(jobs[0].graph, 'd'), partitionOf(jobs[0].graph, 'r')]).toEqual(['0', '2']);
    expect(jobs[0].gates.size).toBe(1);
  });

  it('keeps the current order (semi-interactive, with positions) only when nodes look placed, unless told', () => {
    const SEMI = 'elk.layered.crossingMinimization.semiInteractive';
    const stacked: LayoutInput = { nodes: [node('a', 'actor'), node('b', 'actor'), node('c', 'actor')], edges: [] };
    expect(graphOf(stacked).layoutOptions![SEMI]).toBeUndefined();
    expect(find(graphOf(stacked), 'a')!.layoutOptions?.['elk.position']).toBeUndefined();
    const placed: LayoutInput = {
      nodes: [node('a', 'actor', { y: 300 }), node('b', 'actor', { y: 100 }), node('c', 'actor', { y: 200.5, x: 500 })],
      edges: [],
    };
    expect(graphOf(placed).layoutOptions![SEMI]).toBe('true');
    expect(find(graphOf(placed), 'c')!.layoutOptions!['elk.position']).toBe('(500,200.5)');
    expect(graphOf(placed, { ...FIGURE, keepOrder: false }).layoutOptions![SEMI]).toBeUndefined();
    expect(graphOf(stacked, { ...FIGURE, keepOrder: true }).layoutOptions![SEMI]).toBe('true');
    const ga = find(graphOf(figureGraph(), { ...FIGURE, keepOrder: true }), 'GA')!;
    expect(ga.layoutOptions![SEMI]).toBe('true');
    expect(ga.layoutOptions!['elk.position']).toBe('(0,0)');
  });

  it('runs fewer crossing-minimisation sweeps only on graphs above LARGE_GRAPH_NODES', () => {
    const many = (n: number): LayoutInput => ({ nodes: Array.from({ length: n }, (_, i) => node(`n${i}`, 'actor')), edges: [] });
    const key = 'elk.layered.thoroughness';
    expect(graphOf(many(LARGE_GRAPH_NODES)).layoutOptions?.[key]).toBeUndefined();
    expect(graphOf(many(LARGE_GRAPH_NODES + 1)).layoutOptions?.[key]).toBe('3');
    expect(graphOf(many(LARGE_GRAPH_NODES + 1), { algorithm: 'layered', direction: 'DOWN' }).layoutOptions?.[key]).toBe('3');
  });

  it('layered has no partitions', () => {
    const g = graphOf(figureGraph(), { ...FIGURE, algorithm: 'layered' });
    expect(g.layoutOptions!['elk.partitioning.activate']).toBeUndefined();
    expect(partitionOf(g, 'd1')).toBeUndefined();
    expect(toElk(figureGraph(), { ...FIGURE, algorithm: 'layered' }).jobs[0].gates.size).toBe(0);
  });

  it('organic lifts cross-group edges to sibling level and refuses large graphs', () => {
    const g = graphOf(figureGraph(), { ...FIGURE, algorithm: 'organic' });
    expect(g.edges!.find((e) => e.id === 'd3->a4')).toMatchObject({ sources: ['d3'], targets: ['GA'] });
    expect(find(g, 'GA')!.edges!.map((e) => e.id)).toEqual(['a4->a5']);
    const big = { nodes: Array.from({ length: ORGANIC_MAX_NODES + 1 }, (_, i) => node(`n${i}`, 'actor')), edges: [] };
    expect(errorCode(() => toElk(big, { ...FIGURE, algorithm: 'organic' }))).toBe('too-large-for-organic');
  });

  it('radial builds a BFS tree around the root within its container', () => {
    const input: LayoutInput = {
      nodes: ['c', 'n1', 'n2', 'n3', 'far', 'alone'].map((id) => node(id, 'actor')),
      edges: [edge('n1', 'c'), edge('c', 'n2'), edge('n2', 'n1'), edge('n2', 'n3'), edge('n3', 'far')],
    };
    const { jobs } = toElk(input, { ...FIGURE, algorithm: 'radial', rootId: 'c' });
    expect(jobs[0].graph.children!.map((n) => n.id)).toEqual(['c', 'n1', 'n2', 'n3', 'far']);
    expect(jobs[0].graph.edges!.map((e) => `${e.sources[0]}>${e.targets[0]}`)).toEqual(['c>n1', 'c>n2', 'n2>n3', 'n3>far']);
    expect(jobs[0].anchor).toEqual({ kind: 'node', id: 'c', x: 0, y: 0 });
    expect(errorCode(() => toElk(input, { ...FIGURE, algorithm: 'radial', rootId: 'nope' }))).toBe('unknown-root');
  });

  it('selection makes one anchored job per container, a selected group bringing its children', () => {
    const input = figureGraph();
    input.nodes.find((n) => n.id === 'd1')!.x = 30;
    input.nodes.find((n) => n.id === 'd2')!.y = -5;
    const { jobs } = toElk(input, { ...FIGURE, selection: ['d2', 'a5', 'd1', 'GR', 'r4', 'missing'] });
    expect(jobs.map((j) => [j.container, j.graph.children!.map((c) => c.id).filter((id) => !j.gates.has(id))])).toEqual([
      [null, ['d1', 'd2', 'GR']],
      ['GA', ['a5']],
    ]);
    expect(jobs[0].anchor).toEqual({ kind: 'top-left', x: 0, y: -5 });
    expect(find(jobs[0].graph, 'GR')!.children!.map((c) => c.id)).toEqual(['r4', 'r5', 'r6']);
    expect(toElk(input, { ...FIGURE, selection: ['missing'] }).jobs).toEqual([]);
  });

  it('handles an empty graph and a single node', () => {
    expect(graphOf({ nodes: [], edges: [] }).children).toEqual([]);
    expect(graphOf({ nodes: [node('a', 'actor')], edges: [] }).children!.map((c) => c.id)).toEqual(['a']);
  });

  it.each([
    ['missing width', { nodes: [{ ...node('a', 'actor'), width: undefined as unknown as number }], edges: [] }, 'invalid-size'],
    ['NaN height', { nodes: [node('a', 'actor', { height: Number.NaN })], edges: [] }, 'invalid-size'],
    ['infinite width', { nodes: [node('a', 'actor', { width: Infinity })], edges: [] }, 'invalid-size'],
    ['zero width', { nodes: [node('a', 'actor', { width: 0 })], edges: [] }, 'invalid-size'],
    ['NaN x', { nodes: [node('a', 'actor', { x: Number.NaN })], edges: [] }, 'invalid-position'],
    ['unknown parent', { nodes: [node('a', 'actor', { parent: 'nope' })], edges: [] }, 'unknown-parent'],
    ['non-group parent', { nodes: [node('p', 'actor'), node('a', 'actor', { parent: 'p' })], edges: [] }, 'unknown-parent'],
    ['parent cycle', { nodes: [group('g1', { parent: 'g2' }), group('g2', { parent: 'g1' })], edges: [] }, 'parent-cycle'],
    ['duplicate id', { nodes: [node('a', 'actor'), node('a', 'driver')], edges: [] }, 'duplicate-id'],
  ] as [string, LayoutInput, string][])('refuses %s', (_name, input, code) => {
    expect(errorCode(() => toElk(input, FIGURE))).toBe(code);
  });

  it('ignores groups’ own sizes, even non-finite ones', () => {
    const input: LayoutInput = { nodes: [group('G', { width: Number.NaN }), node('a', 'actor', { parent: 'G' })], edges: [] };
    expect(find(graphOf(input), 'G')!.width).toBeUndefined();
  });
});

describe('edge labels for ELK (issue 10)', () => {
  it('gives labels text (so ELK places them) up to LARGE_GRAPH_NODES nodes, and only their size above', () => {
    const graph = (n: number): LayoutInput => ({
      nodes: Array.from({ length: n }, (_, i) => node(`n${i}`, 'actor')),
      edges: [edge('n0', 'n1', { labelWidth: 40, labelHeight: 20 })],
    });
    const labelOf = (n: number) => toElk(graph(n), { algorithm: 'layered', direction: 'RIGHT' }).jobs[0].graph.edges![0].labels;
    expect(labelOf(LARGE_GRAPH_NODES)).toEqual([{ text: LABEL_TEXT, width: 40, height: 20 }]);
    expect(labelOf(LARGE_GRAPH_NODES + 1)).toEqual([{ text: '', width: 40, height: 20 }]);
  });
});
