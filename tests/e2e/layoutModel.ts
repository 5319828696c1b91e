/**
 * A seeded large model for the layout e2e test and the browser benchmark: the benchmark graph of
 * the layout kernel (`randomGraph`: 1.5 edges per node, random kinds, n/25 groups) written as a
 * theory-model file, so it enters the app through "Import JSON" like a user's file.
 */
import { randomGraph } from '../../src/layout/fixtures';
import { FORMAT_VERSION, GROUP_KIND, type ModelEdge, type ModelNode, type TheoryModel } from '../../src/model/types';

export function largeModel(n: number, seed = n): TheoryModel {
  const graph = randomGraph(n, seed);
  // A loose grid, so the nodes "look placed" like a hand-made draft; groups get a box of their own.
  const nodes: ModelNode[] = graph.nodes.map((node, i) => {
    const grouped = node.parent !== undefined;
    const position = grouped ? { x: 16, y: 44 + (i % 5) * 70 } : { x: (i % 25) * 230, y: Math.floor(i / 25) * 120 };
    return {
      id: node.id,
      kind: node.kind,
      label: node.kind === GROUP_KIND ? `Group ${node.id}` : `${node.kind} ${node.id}`,
      position,
      ...(node.parent ? { parent: node.parent } : {}),
      ...(node.kind === GROUP_KIND ? { size: { width: 240, height: 420 } } : {}),
    };
  });
  const edges: ModelEdge[] = graph.edges.map((edge, i) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    relation: i % 3 === 0 ? 'supports' : 'relates',
    ...(edge.labelWidth ? { label: `label ${i}` } : {}),
  }));
  return {
    format: 'theory-model',
    version: FORMAT_VERSION,
    meta: { title: `Layout benchmark, ${n} nodes`, language: 'en' },
    vocabulary: {
      nodeKinds: [
        { id: 'driver', label: 'Driver', color: '#c2410c', shape: 'pill' },
        { id: 'actor', label: 'Actor', color: '#1e3a5f', shape: 'rectangle' },
        { id: 'resource', label: 'Resource', color: '#0f766e' },
        { id: 'concept', label: 'Concept', color: '#6d28d9' },
      ],
      relationTypes: [
        { id: 'relates', label: 'relates to', color: '#334155' },
        { id: 'supports', label: 'supports', color: '#0f766e', line: 'dashed' },
      ],
    },
    nodes,
    edges,
    layout: { direction: 'RIGHT', bands: [['driver'], ['actor'], ['resource']] },
  };
}
