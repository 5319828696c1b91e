import { describe, expect, it } from 'vitest';
import { importModel } from '../importModel';
import { figure2Model } from '../../model/testing/validity';
import { withoutBrokenElements } from './salvage';

describe('leaving out the elements a peer broke', () => {
  it('drops a node with a field of the wrong type and an edge without a target, keeps the rest', () => {
    const doc = figure2Model() as unknown as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    doc.nodes[18] = { ...doc.nodes[18], position: { x: 'far', y: null } };
    const { target: _gone, ...edge } = doc.edges[3];
    doc.edges[3] = edge;
    expect(importModel(doc).ok).toBe(false);
    const salvaged = withoutBrokenElements(doc as unknown as Record<string, unknown>);
    expect(salvaged?.dropped).toEqual([doc.nodes[18].id, doc.edges[3].id]);
    const result = importModel(salvaged?.doc);
    expect(result.ok && result.model.nodes.length).toBe(doc.nodes.length - 1);
  });

  it('changes nothing in a valid document', () => {
    expect(withoutBrokenElements(figure2Model() as unknown as Record<string, unknown>)).toBeNull();
  });
});
