import { describe, expect, it } from 'vitest';
import { checkConnection, connect, planConnection, reconnectEdge, relationChoices, setEdgeRelation } from './connections';
import { smallModel } from './testing/editFixtures';
import { sequentialIds } from './testing/ids';

describe('checkConnection', () => {
  it('picks the most specific allowed relation for the kinds', () => {
    expect(checkConnection(smallModel(), 'r1', 'a1')).toEqual({ ok: true, source: 'r1', target: 'a1', relation: 'supports' });
  });
  it('refuses a relation whose from/to do not allow the kinds', () => {
    expect(checkConnection(smallModel(), 'a2', 'r1', 'motivates')).toEqual({ ok: false, reason: 'relation-not-allowed' });
    expect(checkConnection(smallModel(), 'd1', 'r1')).toEqual({ ok: false, reason: 'no-allowed-relation' });
  });
  it('refuses self-loops, unknown nodes and relations, and exact duplicates', () => {
    const doc = smallModel();
    expect(checkConnection(doc, 'a1', 'a1').ok).toBe(false);
    expect(checkConnection(doc, 'a1', 'zz')).toEqual({ ok: false, reason: 'missing-node' });
    expect(checkConnection(doc, 'a1', 'a2', 'nope')).toEqual({ ok: false, reason: 'unknown-relation' });
    expect(checkConnection(doc, 'a1', 'a2', 'cooperates')).toEqual({ ok: false, reason: 'duplicate' });
    expect(checkConnection(doc, 'a1', 'a2')).toEqual({ ok: false, reason: 'duplicate' });
  });
  it('skips a default relation that already links the pair for the next allowed one', () => {
    const doc = { ...smallModel(), vocabulary: { ...smallModel().vocabulary, relationTypes: [...smallModel().vocabulary.relationTypes, { id: 'meets', label: 'M', color: '#000000' }] } };
    expect(checkConnection(doc, 'a1', 'a2')).toMatchObject({ ok: true, relation: 'meets' });
  });
});

describe('planConnection', () => {
  it('turns a drag against the vocabulary’s direction around', () => {
    expect(planConnection(smallModel(), 'a2', 'd1')).toEqual({ ok: true, source: 'd1', target: 'a2', relation: 'motivates' });
  });
  it('keeps the forward direction when it is allowed and reports the forward refusal otherwise', () => {
    expect(planConnection(smallModel(), 'a1', 'r1')).toMatchObject({ ok: true, source: 'a1', target: 'r1', relation: 'provides' });
    // a2 → r1 already "provides": refused as a duplicate, not turned into r1 "supports" a2.
    expect(planConnection(smallModel(), 'a2', 'r1')).toEqual({ ok: false, reason: 'duplicate' });
    expect(planConnection(smallModel(), 'd1', 'r1')).toEqual({ ok: false, reason: 'no-allowed-relation' });
  });
});

describe('connect', () => {
  it('adds an edge with a fresh id and the default relation', () => {
    const r = connect(smallModel(), 'a1', 'r1', undefined, sequentialIds());
    expect(r.ok && r.edgeId).toBe('e-1');
    expect(r.ok && r.doc.edges.at(-1)).toEqual({ id: 'e-1', source: 'a1', target: 'r1', relation: 'provides' });
  });
  it('refuses, changing nothing, when the relation does not allow the kinds', () => {
    expect(connect(smallModel(), 'r1', 'a1', 'provides', sequentialIds())).toEqual({ ok: false, reason: 'relation-not-allowed' });
  });
});

describe('reconnectEdge and setEdgeRelation', () => {
  it('moves an edge end when its relation allows the new kinds', () => {
    expect(reconnectEdge(smallModel(), 'e2', { target: 'a1' })).toEqual({ ok: false, reason: 'self-loop' });
    const moved = reconnectEdge(smallModel(), 'e3', { source: 'a1' });
    expect(moved.ok && moved.doc.edges.find((e) => e.id === 'e3')).toEqual({ id: 'e3', source: 'a1', target: 'r1', relation: 'provides' });
  });
  it('refuses an end its relation does not allow', () => {
    expect(reconnectEdge(smallModel(), 'e1', { source: 'r1' })).toEqual({ ok: false, reason: 'relation-not-allowed' });
    expect(reconnectEdge(smallModel(), 'zz', { source: 'r1' })).toEqual({ ok: false, reason: 'missing-edge' });
  });
  it('changes a relation only to one allowed between the ends', () => {
    const doc = smallModel();
    expect(setEdgeRelation(doc, 'e2', 'provides')).toEqual({ ok: false, reason: 'relation-not-allowed' });
    const vocab = { ...doc.vocabulary, relationTypes: [...doc.vocabulary.relationTypes, { id: 'meets', label: 'M', color: '#000000', from: ['actor'], to: ['actor'] }] };
    const r = setEdgeRelation({ ...doc, vocabulary: vocab }, 'e2', 'meets');
    expect(r.ok && r.doc.edges.find((e) => e.id === 'e2')!.relation).toBe('meets');
    expect(relationChoices({ ...doc, vocabulary: vocab }, 'e2').map((t) => t.id)).toEqual(['cooperates', 'meets']);
  });
});
