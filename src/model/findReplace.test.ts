import { describe, expect, it } from 'vitest';
import { findHits, hitContext, replaceAll } from './findReplace';
import { smallModel } from './testing/editFixtures';
import type { TheoryModel } from './types';

function doc(): TheoryModel {
  const base = smallModel();
  return {
    ...base,
    meta: { title: '宁波模型', description: 'Ningbo and ningbo', language: 'zh-CN', labels: { en: 'Ningbo model' } },
    nodes: base.nodes.map((n) => (n.id === 'a1' ? { ...n, label: '宁波企业', labels: { en: 'Ningbo enterprise' }, description: '宁波的宁波' } : n)),
    edges: base.edges.map((e) => (e.id === 'e2' ? { ...e, label: '与宁波合作' } : e)),
  };
}

describe('findHits', () => {
  it('finds every occurrence in titles, labels, translations, descriptions and vocabulary, with its field', () => {
    const hits = findHits(doc(), '宁波', { caseSensitive: true });
    expect(hits.map((h) => `${h.field.owner.type}:${h.field.field}:${h.start}`)).toEqual([
      'meta:label:0',
      'node:label:0',
      'node:description:0',
      'node:description:3',
      'edge:label:1',
    ]);
  });

  it('is case-insensitive unless asked, and treats the query as plain text', () => {
    expect(findHits(doc(), 'ningbo', { caseSensitive: false })).toHaveLength(4);
    expect(findHits(doc(), 'ningbo', { caseSensitive: true })).toHaveLength(1);
    expect(findHits(doc(), '.*', { caseSensitive: false })).toEqual([]);
    expect(findHits(doc(), '', { caseSensitive: false })).toEqual([]);
    expect(findHits(doc(), 'Key actor', { caseSensitive: true })[0].field).toMatchObject({ owner: { type: 'kind', id: 'actor' }, field: 'translation', lang: 'en' });
  });

  it('cuts a preview around the hit', () => {
    const [, hit] = findHits(doc(), '宁波', { caseSensitive: true });
    expect(hitContext(hit)).toEqual({ before: '', match: '宁波', after: '企业' });
    const long = { field: { owner: { type: 'meta' as const }, field: 'label' as const, text: `${'a'.repeat(40)}X${'b'.repeat(40)}` }, start: 40, end: 41 };
    expect(hitContext(long, 5)).toEqual({ before: '…aaaaa', match: 'X', after: 'bbbbb…' });
  });
});

describe('replaceAll', () => {
  it('replaces everywhere in one new document and counts', () => {
    const before = doc();
    const { doc: after, count } = replaceAll(before, '宁波', '成都', { caseSensitive: true });
    expect(count).toBe(5);
    expect(after.meta.title).toBe('成都模型');
    expect(after.nodes.find((n) => n.id === 'a1')).toMatchObject({ label: '成都企业', description: '成都的成都', labels: { en: 'Ningbo enterprise' } });
    expect(after.edges.find((e) => e.id === 'e2')?.label).toBe('与成都合作');
    // Untouched parts keep their identity (cheap re-rendering), the input is not mutated.
    expect(after.nodes.find((n) => n.id === 'a2')).toBe(before.nodes.find((n) => n.id === 'a2'));
    expect(before.meta.title).toBe('宁波模型');
  });

  it('inserts the replacement literally ($& stays $&) and is case-insensitive on request', () => {
    const { doc: after, count } = replaceAll(doc(), 'ningbo', '$& {x}', { caseSensitive: false });
    expect(count).toBe(4);
    expect(after.meta.description).toBe('$& {x} and $& {x}');
  });

  it('returns the same document when nothing matches', () => {
    const before = doc();
    expect(replaceAll(before, 'nothing here', 'x', { caseSensitive: true })).toEqual({ doc: before, count: 0 });
    expect(replaceAll(before, 'nothing here', 'x', { caseSensitive: true }).doc).toBe(before);
  });
});
