/**
 * Deterministic graphs for the layout tests and `scripts/bench-layout.ts`. Not imported by the
 * app. Seeded so a failing test or a benchmark row can be reproduced exactly.
 */
import { seededRandom } from '../model/random';
import { GROUP_KIND } from '../model/types';
import type { LayoutEdgeInput, LayoutInput, LayoutNodeInput } from './types';

export const node = (id: string, kind: string, extra: Partial<LayoutNodeInput> = {}): LayoutNodeInput => ({
  id, kind, width: 140, height: 48, x: 0, y: 0, ...extra,
});
export const group = (id: string, extra: Partial<LayoutNodeInput> = {}): LayoutNodeInput =>
  node(id, GROUP_KIND, { width: 0, height: 0, ...extra });
export const edge = (source: string, target: string, extra: Partial<LayoutEdgeInput> = {}): LayoutEdgeInput => ({
  id: `${source}->${target}`, source, target, ...extra,
});

/**
 * ~20 nodes: 5 drivers, 3 actors + a group of 4 actors, 3 resources + a group of 3 resources;
 * varied sizes, labels, a self-loop inside a group, a back edge making a cycle.
 */
export function figureGraph(): LayoutInput {
  const rnd = seededRandom(7);
  const sized = (id: string, kind: string, parent?: string) =>
    node(id, kind, { parent, width: 100 + Math.round(rnd() * 80), height: 36 + Math.round(rnd() * 24) });
  const nodes: LayoutNodeInput[] = [
    ...['d1', 'd2', 'd3', 'd4', 'd5'].map((id) => sized(id, 'driver')),
    ...['a1', 'a2', 'a3'].map((id) => sized(id, 'actor')),
    group('GA'),
    ...['a4', 'a5', 'a6', 'a7'].map((id) => sized(id, 'actor', 'GA')),
    ...['r1', 'r2', 'r3'].map((id) => sized(id, 'resource')),
    group('GR'),
    ...['r4', 'r5', 'r6'].map((id) => sized(id, 'resource', 'GR')),
  ];
  const label = { labelWidth: 64, labelHeight: 18 };
  const edges = [
    edge('d1', 'a1', label), edge('d2', 'a2'), edge('d3', 'a4', label), edge('d4', 'a5'), edge('d5', 'a3'),
    edge('d1', 'a6'), edge('a1', 'r1'), edge('a2', 'r2', label), edge('a3', 'r4'), edge('a4', 'r5'),
    edge('a5', 'r3'), edge('a7', 'r6', label), edge('a4', 'a5'), edge('a6', 'a6'), edge('r3', 'd2'),
    edge('r4', 'r5'), edge('d5', 'GR'),
  ];
  return { nodes, edges };
}

export const BENCH_KINDS = ['driver', 'actor', 'resource', 'concept'] as const;

/**
 * `n` leaf nodes with ~1.5 edges per node and random kinds; every 10th node (from 20 on) lives in
 * one of n/25 groups, so the benchmark pays for hierarchy like real models do.
 */
export function randomGraph(n: number, seed = 1, edgesPerNode = 1.5): LayoutInput {
  const rnd = seededRandom(seed);
  const groups = Math.floor(n / 25);
  const nodes: LayoutNodeInput[] = [];
  for (let g = 0; g < groups; g++) nodes.push(group(`g${g}`));
  for (let i = 0; i < n; i++) {
    const kind = BENCH_KINDS[Math.floor(rnd() * BENCH_KINDS.length)];
    const parent = groups > 0 && i >= 20 && i % 10 === 0 ? `g${Math.floor(rnd() * groups)}` : undefined;
    nodes.push(node(`n${i}`, kind, { parent, width: 100 + Math.round(rnd() * 80), height: 40 + Math.round(rnd() * 20) }));
  }
  const edges: LayoutEdgeInput[] = [];
  for (let i = 0; i < Math.round(n * edgesPerNode); i++) {
    const s = Math.floor(rnd() * n);
    const t = Math.floor(rnd() * n);
    edges.push({ id: `e${i}`, source: `n${s}`, target: `n${t}`, ...(i % 4 === 0 && { labelWidth: 60, labelHeight: 16 }) });
  }
  return { nodes, edges };
}
