import { describe, expect, it } from 'vitest';
import { extractFragment, insertFragment, PASTE_STEP } from './clipboard';
import { absolutePosition, nodesById } from './geometry';
import { parentsComeFirst } from './order';
import { smallModel } from './testing/editFixtures';
import { sequentialIds } from './testing/ids';
import { FORMAT_VERSION } from './types';

describe('extractFragment', () => {
  it('copies a group with its contents and the edges among the copied nodes only', () => {
    const frag = extractFragment(smallModel(), ['g1'])!;
    expect(frag.nodes.map((n) => n.id)).toEqual(['g1', 'a1', 'd1']);
    expect(frag.edges.map((e) => e.id)).toEqual(['e1']);
    expect(frag.vocabulary.nodeKinds.map((k) => k.id)).toEqual(['actor', 'driver']);
    expect(frag.vocabulary.relationTypes.map((r) => r.id)).toEqual(['motivates']);
    expect(frag.format).toBe('theory-model');
    expect(frag.version).toBe(FORMAT_VERSION);
  });
  it('lifts a child copied without its group to the top level at its absolute position', () => {
    const frag = extractFragment(smallModel(), ['a1', 'a2'])!;
    expect(frag.nodes.find((n) => n.id === 'a1')).toEqual({ id: 'a1', kind: 'actor', label: 'A1', position: { x: 116, y: 144 } });
    expect(frag.edges.map((e) => e.id)).toEqual(['e2']);
  });
  it('returns undefined without nodes', () => {
    expect(extractFragment(smallModel(), ['zz'])).toBeUndefined();
  });
});

describe('insertFragment', () => {
  it('re-ids everything, keeps the structure and shifts off the originals', () => {
    const doc = smallModel();
    const frag = extractFragment(doc, ['g1', 'a2'])!;
    const { doc: next, nodeIds, edgeIds, droppedEdges } = insertFragment(doc, frag, sequentialIds());
    expect(nodeIds).toEqual(['g1-1', 'a1-1', 'd1-1', 'a2-1']);
    expect(edgeIds).toEqual(['e1-1', 'e2-1']);
    expect(droppedEdges).toBe(0);
    expect(next.nodes.find((n) => n.id === 'a1-1')!.parent).toBe('g1-1');
    expect(next.edges.find((e) => e.id === 'e2-1')).toMatchObject({ source: 'a1-1', target: 'a2-1', relation: 'cooperates' });
    const byId = nodesById(next);
    expect(absolutePosition(byId, 'g1-1')).toEqual({ x: 100 + PASTE_STEP, y: 100 + PASTE_STEP });
    expect(absolutePosition(byId, 'a1-1')).toEqual({ x: 116 + PASTE_STEP, y: 144 + PASTE_STEP });
    expect(new Set(next.nodes.map((n) => n.id)).size).toBe(next.nodes.length);
    expect(parentsComeFirst(next.nodes)).toBe(true);
    expect(next.vocabulary).toBe(doc.vocabulary);
  });
  it('shifts a second paste further so it does not cover the first', () => {
    const doc = smallModel();
    const frag = extractFragment(doc, ['a2'])!;
    const once = insertFragment(doc, frag, sequentialIds()).doc;
    const twice = insertFragment(once, frag, sequentialIds());
    expect(twice.doc.nodes.find((n) => n.id === twice.nodeIds[0])!.position).toEqual({ x: 600 + 2 * PASTE_STEP, y: 100 + 2 * PASTE_STEP });
  });
  it('does not shift a paste into a model where nothing is in the way', () => {
    const frag = extractFragment(smallModel(), ['a2'])!;
    const empty = { ...smallModel(), nodes: [], edges: [] };
    expect(insertFragment(empty, frag, sequentialIds()).doc.nodes[0].position).toEqual({ x: 600, y: 100 });
  });
  it('adds vocabulary entries the document lacks and keeps its own definitions', () => {
    const doc = smallModel();
    const frag = {
      ...extractFragment(doc, ['a1', 'a2'])!,
      vocabulary: {
        nodeKinds: [{ id: 'actor', label: 'OTHER', color: '#000000' }, { id: 'policy', label: 'Policy', color: '#123456' }],
        relationTypes: [{ id: 'cooperates', label: 'X', color: '#000000' }, { id: 'enacts', label: 'Enacts', color: '#654321' }],
      },
      nodes: [...extractFragment(doc, ['a1', 'a2'])!.nodes, { id: 'p', kind: 'policy', label: 'P', position: { x: 0, y: 0 } }],
    };
    const next = insertFragment(doc, frag, sequentialIds()).doc;
    expect(next.vocabulary.nodeKinds.map((k) => k.id)).toEqual(['actor', 'driver', 'resource', 'policy']);
    expect(next.vocabulary.nodeKinds[0].label).toBe('关键主体');
    expect(next.vocabulary.relationTypes.map((r) => r.id)).toEqual(['motivates', 'cooperates', 'provides', 'supports', 'enacts']);
  });
  it('drops pasted edges the target vocabulary forbids between those kinds', () => {
    const frag = extractFragment(smallModel(), ['a1', 'a2'])!;
    const strict = { ...smallModel(), vocabulary: { ...smallModel().vocabulary, relationTypes: smallModel().vocabulary.relationTypes.map((r) => (r.id === 'cooperates' ? { ...r, to: ['resource'] } : r)) } };
    const result = insertFragment(strict, frag, sequentialIds());
    expect(result.droppedEdges).toBe(1);
    expect(result.edgeIds).toEqual([]);
    expect(result.doc.edges).toHaveLength(3);
  });
});
