import { describe, expect, it } from 'vitest';
import { hasEmphasis, nextMode, NO_FILTERS, withFilter } from './emphasis';
import { emphasis, neighbourhood, withoutHidden } from './emphasisLooks';
import { legendEntries } from './legend';
import { smallModel } from './testing/editFixtures';

// smallModel: g1 ⊃ {a1, d1}; a2; r1. Edges: e1 d1→a1 motivates, e2 a1→a2 cooperates, e3 a2→r1 provides.

describe('neighbourhood', () => {
  it('one hop: the element, its direct neighbours, their groups and the edges among them', () => {
    const near = neighbourhood(smallModel(), ['a1'], 1);
    expect([...near.nodes].sort()).toEqual(['a1', 'a2', 'd1', 'g1']);
    expect([...near.edges].sort()).toEqual(['e1', 'e2']);
  });
  it('two hops reach one relation further', () => {
    const near = neighbourhood(smallModel(), ['d1'], 2);
    expect([...near.nodes].sort()).toEqual(['a1', 'a2', 'd1', 'g1']);
    expect(neighbourhood(smallModel(), ['d1'], 1).nodes.has('a2')).toBe(false);
  });
  it('a group in focus starts from its members', () => {
    expect([...neighbourhood(smallModel(), ['g1'], 1).nodes].sort()).toEqual(['a1', 'a2', 'd1', 'g1']);
  });
});

describe('emphasis', () => {
  it('draws everything normally with nothing set', () => {
    const e = emphasis(smallModel(), {});
    expect(e.nodes.size + e.edges.size).toBe(0);
  });
  it('focus dims every element and edge beyond one hop', () => {
    const e = emphasis(smallModel(), { focus: { ids: ['a2'], hops: 1 } });
    expect(Object.fromEntries(e.nodes)).toEqual({ d1: 'dim' });
    expect(Object.fromEntries(e.edges)).toEqual({ e1: 'dim' });
  });
  it('a focus on an element that no longer exists is ignored', () => {
    expect(emphasis(smallModel(), { focus: { ids: ['gone'], hops: 1 } }).nodes.size).toBe(0);
  });
  it('hiding a relation hides its edges; hiding a kind hides its elements and their edges', () => {
    const byRelation = emphasis(smallModel(), { filters: withFilter(NO_FILTERS, 'relations', 'motivates', 'hide') });
    expect(Object.fromEntries(byRelation.edges)).toEqual({ e1: 'hidden' });
    expect(byRelation.nodes.size).toBe(0);
    const byKind = emphasis(smallModel(), { filters: withFilter(NO_FILTERS, 'kinds', 'resource', 'hide') });
    expect(Object.fromEntries(byKind.nodes)).toEqual({ r1: 'hidden' });
    expect(Object.fromEntries(byKind.edges)).toEqual({ e3: 'hidden' });
  });
  it('a hidden group hides what is inside it; dimming a kind dims its edges', () => {
    const e = emphasis(smallModel(), { filters: withFilter(withFilter(NO_FILTERS, 'kinds', 'group', 'hide'), 'kinds', 'resource', 'dim') });
    expect(Object.fromEntries(e.nodes)).toEqual({ g1: 'hidden', a1: 'hidden', d1: 'hidden', r1: 'dim' });
    expect(Object.fromEntries(e.edges)).toEqual({ e1: 'hidden', e2: 'hidden', e3: 'dim' });
  });
  it('marks find hits and the current one on visible elements only', () => {
    const e = emphasis(smallModel(), { hits: { nodes: new Set(['a1', 'r1']), edges: new Set(['e2']), current: { type: 'node', id: 'r1' } }, filters: withFilter(NO_FILTERS, 'relations', 'cooperates', 'hide') });
    expect(Object.fromEntries(e.nodes)).toEqual({ a1: 'hit', r1: 'current' });
    expect(Object.fromEntries(e.edges)).toEqual({ e2: 'hidden' });
  });
  it('a legend toggle cycles show → dim → hide → show, and "show" leaves the table empty', () => {
    expect([nextMode('show'), nextMode('dim'), nextMode('hide')]).toEqual(['dim', 'hide', 'show']);
    expect(withFilter(withFilter(NO_FILTERS, 'kinds', 'actor', 'dim'), 'kinds', 'actor', 'show')).toEqual(NO_FILTERS);
  });
  it('an export of a filtered view leaves hidden relations out of its legend', () => {
    const doc = smallModel();
    const view = withoutHidden(doc, emphasis(doc, { filters: withFilter(NO_FILTERS, 'relations', 'motivates', 'hide') }));
    expect(legendEntries(view, 'zh').relations.map((r) => r.id)).not.toContain('motivates');
    expect(legendEntries(view, 'zh').relations).toHaveLength(legendEntries(doc, 'zh').relations.length - 1);
    expect(withoutHidden(doc, emphasis(doc, {}))).toBe(doc);
  });
});

describe('hasEmphasis', () => {
  it('is false only when nothing is emphasised, so the looks need not be worked out', () => {
    expect(hasEmphasis({})).toBe(false);
    expect(hasEmphasis({ focus: null, filters: NO_FILTERS, hits: null, diff: null, step: null })).toBe(false);
    expect(hasEmphasis({ focus: { ids: ['a1'], hops: 1 } })).toBe(true);
    expect(hasEmphasis({ filters: withFilter(NO_FILTERS, 'relations', 'motivates', 'dim') })).toBe(true);
    expect(hasEmphasis({ hits: { nodes: new Set(), edges: new Set() } })).toBe(true);
    // Whenever the looks are not empty, hasEmphasis said so.
    const doc = smallModel();
    const inputs = [{ focus: { ids: ['a1'], hops: 1 as const } }, { filters: withFilter(NO_FILTERS, 'kinds', 'actor', 'hide') }, { step: { nodes: new Set(['a1']), edges: new Set<string>() } }];
    for (const input of inputs) {
      expect(emphasis(doc, input).nodes.size).toBeGreaterThan(0);
      expect(hasEmphasis(input)).toBe(true);
    }
  });
});
