import { describe, expect, it } from 'vitest';
import type { TheoryModel } from '../../model/types';
import { validModel } from '../testing/fixtures';
import { repairDuplicates } from './duplicates';

describe('repairDuplicates', () => {
  it('re-ids a repeated node id; edges keep pointing at the first', () => {
    const model = validModel();
    model.nodes.push({ id: 'd1', kind: 'driver', label: 'second d1', position: { x: 0, y: 0 } });
    model.nodes.push({ id: 'd1-2', kind: 'driver', label: 'a later legit id', position: { x: 0, y: 0 } });
    const { model: out, notes } = repairDuplicates(model);
    expect(out.nodes.map((n) => n.id)).toEqual(['g1', 'a1', 'd1', 'd1-3', 'd1-2']);
    expect(out.nodes[3].label).toBe('second d1');
    expect(out.edges[0].source).toBe('d1');
    expect(notes).toEqual([expect.objectContaining({ code: 'duplicate-node-id', ids: ['d1', 'd1-3'] })]);
  });

  it('re-ids repeated edge ids', () => {
    const model = validModel();
    model.edges.push({ ...model.edges[0] }, { ...model.edges[0] });
    const { model: out, notes } = repairDuplicates(model);
    expect(out.edges.map((e) => e.id)).toEqual(['e1', 'e1-2', 'e1-3']);
    expect(notes.map((n) => n.code)).toEqual(['duplicate-edge-id', 'duplicate-edge-id']);
  });

  it('keeps the first definition of a repeated kind or relation type', () => {
    const model = validModel();
    model.vocabulary.nodeKinds.push({ id: 'actor', label: 'other', color: '#000' });
    model.vocabulary.relationTypes.push({ id: 'motivates', label: 'other', color: '#000' });
    const { model: out, notes } = repairDuplicates(model);
    expect(out.vocabulary.nodeKinds.map((k) => k.label)).toEqual(['主体', '驱动力']);
    expect(out.vocabulary.relationTypes).toHaveLength(1);
    expect(notes.map((n) => n.code)).toEqual(['duplicate-kind', 'duplicate-relation']);
  });

  it('changes nothing and reports nothing for a clean model', () => {
    const model: TheoryModel = validModel();
    expect(repairDuplicates(model)).toEqual({ model, notes: [] });
  });
});
