import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import { figure2Model, vocabularyProblems } from './testing/validity';
import { kindUsage, mergeWidening, relationUsage, removeKind, removeRelation } from './vocabularyRemove';

describe('removeKind', () => {
  it('removes an unused kind, and drops it from relation rules and layout bands', () => {
    const d = blankModel('t', new Date(0));
    const next = removeKind(d, 'driver');
    expect(next.vocabulary.nodeKinds.map((k) => k.id)).toEqual(['actor', 'resource']);
    // "motivates" started only at drivers; with none left its rule is lifted rather than naming a missing kind.
    expect(next.vocabulary.relationTypes[0]).not.toHaveProperty('from');
    expect(next.layout?.bands).toEqual([['actor'], ['resource']]);
    expect(vocabularyProblems(next)).toEqual([]);
  });
  it('refuses to remove a used kind without a valid replacement, and never removes group', () => {
    const d = figure2Model();
    expect(removeKind(d, 'resource')).toBe(d);
    expect(removeKind(d, 'resource', 'resource')).toBe(d);
    expect(removeKind(d, 'resource', 'group')).toBe(d);
    expect(removeKind(d, 'resource', 'nope')).toBe(d);
    expect(removeKind(d, 'group', 'actor')).toBe(d);
    expect(removeKind(d, 'nope', 'actor')).toBe(d);
  });
  it('reassigns every element of a used kind and keeps the document valid', () => {
    const d = figure2Model();
    const drivers = d.nodes.filter((n) => n.kind === 'driver').map((n) => n.id);
    expect(drivers.length).toBeGreaterThan(0);
    const next = removeKind(d, 'driver', 'resource');
    expect(next.vocabulary.nodeKinds.some((k) => k.id === 'driver')).toBe(false);
    expect(kindUsage(next, 'driver')).toBe(0);
    for (const id of drivers) expect(next.nodes.find((n) => n.id === id)?.kind).toBe('resource');
    expect(next.nodes.filter((n) => !drivers.includes(n.id))).toEqual(d.nodes.filter((n) => !drivers.includes(n.id)));
    // "motivates" (driver → actor) now starts at resources: its edges still fit their type.
    expect(next.vocabulary.relationTypes.find((r) => r.id === 'motivates')?.from).toEqual(['resource']);
    expect(next.edges).toBe(d.edges);
    expect(next.layout?.bands).toEqual([['actor'], ['resource']]);
    expect(vocabularyProblems(next)).toEqual([]);
  });
});

describe('removeRelation', () => {
  it('removes an unused type', () => {
    const d = blankModel('t', new Date(0));
    const next = removeRelation(d, 'supports');
    expect(next.vocabulary.relationTypes.map((r) => r.id)).toEqual(['motivates', 'cooperates', 'provides']);
  });
  it('refuses a used type without a valid replacement', () => {
    const d = figure2Model();
    expect(removeRelation(d, 'takes-part')).toBe(d);
    expect(removeRelation(d, 'takes-part', 'takes-part')).toBe(d);
    expect(removeRelation(d, 'takes-part', 'nope')).toBe(d);
  });
  it('re-types every edge of a used type to the replacement', () => {
    const d = figure2Model();
    const moved = d.edges.filter((e) => e.relation === 'takes-part').map((e) => e.id);
    expect(moved.length).toBeGreaterThan(0);
    const next = removeRelation(d, 'takes-part', 'cooperates');
    expect(relationUsage(next, 'takes-part')).toBe(0);
    for (const id of moved) expect(next.edges.find((e) => e.id === id)?.relation).toBe('cooperates');
    expect(next.vocabulary.relationTypes.find((r) => r.id === 'cooperates')).toBe(d.vocabulary.relationTypes.find((r) => r.id === 'cooperates'));
    expect(vocabularyProblems(next)).toEqual([]);
  });
  it('widens a restricted replacement to the kinds the moved edges connect', () => {
    const d = figure2Model();
    expect(mergeWidening(d, 'motivates', 'provides')).toEqual({ from: ['driver'], to: ['actor'] });
    const next = removeRelation(d, 'motivates', 'provides');
    const provides = next.vocabulary.relationTypes.find((r) => r.id === 'provides')!;
    expect(provides.from).toEqual(['actor', 'driver']);
    expect(provides.to).toEqual(['resource', 'actor']);
    expect(relationUsage(next, 'provides')).toBe(relationUsage(d, 'provides') + relationUsage(d, 'motivates'));
    expect(vocabularyProblems(next)).toEqual([]);
  });
});
