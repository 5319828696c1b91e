import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import { retypeNodes } from './retype';
import { figure2Model, vocabularyProblems } from './testing/validity';
import type { TheoryModel } from './types';

function doc(): TheoryModel {
  const base = blankModel('t', new Date(0));
  return {
    ...base,
    nodes: [
      { id: 'school', kind: 'actor', label: '学校', position: { x: 0, y: 0 } },
      { id: 'firm', kind: 'actor', label: '企业', position: { x: 0, y: 0 } },
      { id: 'bank', kind: 'resource', label: '题库', position: { x: 0, y: 0 } },
      { id: 'why', kind: 'driver', label: '盈利', position: { x: 0, y: 0 } },
    ],
    edges: [
      { id: 'coop', source: 'school', target: 'firm', relation: 'cooperates' },
      { id: 'prov', source: 'school', target: 'bank', relation: 'provides' },
      { id: 'mot', source: 'why', target: 'school', relation: 'motivates' },
    ],
  };
}

describe('retypeNodes', () => {
  it('changes the kind and keeps edges whose type still allows the ends', () => {
    const d = doc();
    const { doc: next, retyped, blocked } = retypeNodes(d, ['bank'], 'actor');
    // school → bank was "provides" (actor → resource); actor → actor allows cooperates.
    expect(next.nodes[2].kind).toBe('actor');
    expect(retyped).toEqual([{ edge: 'prov', from: 'provides', to: 'cooperates' }]);
    expect(blocked).toEqual([]);
    expect(next.edges.find((e) => e.id === 'prov')?.relation).toBe('cooperates');
    expect(next.edges[0]).toBe(d.edges[0]);
    expect(vocabularyProblems(next)).toEqual([]);
  });
  it('refuses the change and names the edges when no relation type allows the new ends', () => {
    const d = doc();
    // firm becomes a resource: school → firm (actor → resource) can be "provides", fine;
    // but school becoming a driver leaves school → firm (driver → actor: motivates) and
    // why → school (driver → driver: nothing allows it).
    const result = retypeNodes(d, ['school'], 'driver');
    expect(result.doc).toBe(d);
    expect(result.blocked).toEqual(expect.arrayContaining(['mot', 'prov']));
    expect(result.retyped).toEqual([]);
  });
  it('retypes several nodes at once and skips groups, unknown kinds and no-ops', () => {
    const d = doc();
    const many = retypeNodes(d, ['school', 'firm'], 'actor');
    expect(many.doc).toBe(d);
    expect(retypeNodes(d, ['school'], 'no-such-kind').doc).toBe(d);
    expect(retypeNodes(d, ['school'], 'group').doc).toBe(d);
    const withGroup: TheoryModel = { ...d, nodes: [{ id: 'g', kind: 'group', label: 'G', position: { x: 0, y: 0 } }, ...d.nodes] };
    expect(retypeNodes(withGroup, ['g'], 'actor').doc).toBe(withGroup);
  });
  it('keeps Figure 2 valid when a resource becomes an actor', () => {
    const d = figure2Model();
    const resource = d.nodes.find((n) => n.kind === 'resource')!;
    const result = retypeNodes(d, [resource.id], 'actor');
    expect(result.blocked).toEqual([]);
    expect(result.doc.nodes.find((n) => n.id === resource.id)?.kind).toBe('actor');
    expect(vocabularyProblems(result.doc)).toEqual([]);
  });
});
