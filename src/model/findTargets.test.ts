import { describe, expect, it } from 'vitest';
import { findHits } from './findReplace';
import { findTargets } from './findTargets';
import { smallModel } from './testing/editFixtures';

describe('findTargets', () => {
  it('lists each element holding a hit once, in hit order, in either language, and skips the title', () => {
    const doc = smallModel();
    doc.meta = { title: 'School model', language: 'zh-CN' };
    doc.nodes = doc.nodes.map((n) => (n.id === 'a2' ? { ...n, label: '学校', labels: { en: 'School' }, description: 'a school' } : n));
    doc.edges = doc.edges.map((e) => (e.id === 'e3' ? { ...e, label: '学校提供', labels: { en: 'school provides' } } : e));
    expect(findTargets(findHits(doc, 'school', { caseSensitive: false }))).toEqual([
      { type: 'node', id: 'a2' },
      { type: 'edge', id: 'e3' },
    ]);
    expect(findTargets(findHits(doc, '学校', { caseSensitive: false }))).toEqual([
      { type: 'node', id: 'a2' },
      { type: 'edge', id: 'e3' },
    ]);
  });
});
