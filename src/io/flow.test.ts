import { describe, expect, it } from 'vitest';
import { blankModel } from '../model/blank';
import { markerId } from '../model/relationStyle';
import type { TheoryModel } from '../model/types';
import { sameForEdges, sameItems, toFlowEdges, toFlowNodes, type FlowView } from './flow';

const view: FlowView = {
  lang: 'en',
  selectedNodes: new Set(['s']),
  selectedEdges: new Set(),
  measured: new Map(),
  nodeAria: (kind, label) => `${kind}: ${label}`,
  edgeAria: (s, t, r) => `${s} → ${t}: ${r}`,
};

function doc(): TheoryModel {
  return {
    ...blankModel('t', new Date(0)),
    nodes: [
      { id: 'g', kind: 'group', label: '驱动力', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
      { id: 'd', kind: 'driver', label: '实现盈利', position: { x: 10, y: 50 }, parent: 'g', labels: { en: 'Make a profit' } },
      { id: 's', kind: 'actor', label: '学校', position: { x: 500, y: 0 }, labels: { en: 'School' } },
    ],
    edges: [{ id: 'e', source: 'd', target: 's', relation: 'motivates' }],
  };
}

describe('toFlowNodes', () => {
  it('maps kinds, parents, sizes, selection and translations', () => {
    const nodes = toFlowNodes(doc(), view);
    expect(nodes.map((n) => n.type)).toEqual(['group', 'element', 'element']);
    expect(nodes[0]).toMatchObject({ width: 400, height: 300, data: { label: '驱动力', missing: true } });
    expect(nodes[1]).toMatchObject({ parentId: 'g', data: { label: 'Make a profit', kindLabel: 'Driver', shape: 'pill' } });
    expect(nodes[2]).toMatchObject({ selected: true, ariaLabel: 'Key actor: School' });
  });

  it('returns the same object for an unchanged element', () => {
    const d = doc();
    const a = toFlowNodes(d, view);
    const b = toFlowNodes({ ...d, nodes: [d.nodes[0], { ...d.nodes[1], position: { x: 1, y: 1 } }, d.nodes[2]] }, view);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).not.toBe(a[1]);
    expect(b[2]).toBe(a[2]);
  });

  it('shows the original label in the original language', () => {
    expect(toFlowNodes(doc(), { ...view, lang: 'zh' })[2].data.label).toBe('学校');
  });
});

describe('toFlowEdges', () => {
  it('carries the relation look and an aria label naming both ends', () => {
    const [edge] = toFlowEdges(doc(), view);
    expect(edge).toMatchObject({ type: 'relation', source: 'd', target: 's', ariaLabel: 'Make a profit → School: motivates' });
    expect(edge.data).toMatchObject({ relationLabel: 'motivates', line: 'dashed', arrow: 'end', color: '#b45309' });
  });
  it('carries head shape and width, and names its markers by look, not by user text', () => {
    const d = doc();
    const relationTypes = d.vocabulary.relationTypes.map((r) => (r.id === 'motivates' ? { ...r, head: 'diamond' as const, width: 2.4, arrow: 'both' as const } : r));
    const [edge] = toFlowEdges({ ...d, vocabulary: { ...d.vocabulary, relationTypes } }, view);
    expect(edge.data).toMatchObject({ head: 'diamond', width: 2.4, arrow: 'both' });
    expect(edge.markerEnd).toBe(markerId({ head: 'diamond', color: '#b45309', width: 2.4, end: 'end' }));
    expect(edge.markerStart).toBe(markerId({ head: 'diamond', color: '#b45309', width: 2.4, end: 'start' }));
    const none = toFlowEdges({ ...d, vocabulary: { ...d.vocabulary, relationTypes: relationTypes.map((r) => ({ ...r, head: 'none' as const })) } }, view)[0];
    expect(none.markerEnd).toBeUndefined();
    expect(none.markerStart).toBeUndefined();
  });
  it('keeps the same edge object when only an end node moves, and a new one when its name changes', () => {
    const d = doc();
    const [a] = toFlowEdges(d, view);
    const moved = { ...d, nodes: [d.nodes[0], { ...d.nodes[1], position: { x: 99, y: 99 } }, d.nodes[2]] };
    expect(toFlowEdges(moved, view)[0]).toBe(a);
    const renamed = { ...d, nodes: [d.nodes[0], { ...d.nodes[1], labels: { en: 'Earn' } }, d.nodes[2]] };
    const [b] = toFlowEdges(renamed, view);
    expect(b).not.toBe(a);
    expect(b.ariaLabel).toBe('Earn → School: motivates');
  });
  it('sameItems keeps the previous array when every item is the same object', () => {
    const x = { id: 'x' };
    const prev = [x];
    expect(sameItems(prev, [x])).toBe(prev);
    const next = [{ id: 'x' }];
    expect(sameItems(prev, next)).toBe(next);
  });
  it('keeps an edge whose relation type is unknown, drawn grey', () => {
    const d = doc();
    const [edge] = toFlowEdges({ ...d, edges: [{ ...d.edges[0], relation: 'mystery' }] }, view);
    expect(edge.data).toMatchObject({ relationLabel: 'mystery', color: '#6b7280' });
  });
});

describe('sameForEdges: the document as the edges read it', () => {
  const moved = (d: TheoryModel): TheoryModel => ({ ...d, nodes: d.nodes.map((n, i) => (i === 1 ? { ...n, position: { x: n.position.x + 5, y: n.position.y } } : n)) });

  it('keeps the earlier document when only positions changed (a drag frame)', () => {
    const a = doc();
    expect(sameForEdges(a, moved(a))).toBe(a);
    expect(sameForEdges(null, a)).toBe(a);
  });

  it('takes the new document when a name, an edge, the vocabulary, the language or the node list changed', () => {
    const a = doc();
    const renamed = { ...a, nodes: a.nodes.map((n, i) => (i === 1 ? { ...n, label: 'renamed' } : n)) };
    const relabelled = { ...a, nodes: a.nodes.map((n, i) => (i === 1 ? { ...n, labels: { en: 'x' } } : n)) };
    const fewer = { ...a, nodes: a.nodes.slice(1) };
    for (const next of [renamed, relabelled, fewer, { ...a, edges: [...a.edges] }, { ...a, vocabulary: { ...a.vocabulary } }, { ...a, meta: { ...a.meta, language: 'fr' } }]) {
      expect(sameForEdges(a, next)).toBe(next);
    }
  });
});
