import { describe, expect, it } from 'vitest';
import { blankModel } from './blank';
import {
  formatAuthors,
  looksLikeLanguageTag,
  parseAuthors,
  setAuthors,
  setEdgeRelation,
  setEdgeText,
  setMetaField,
  setNodeDescription,
  setNodeText,
  setTitle,
} from './fieldEdits';
import { localize } from './language';
import { textIn } from './translatable';
import type { TheoryModel } from './types';

function doc(): TheoryModel {
  return {
    ...blankModel('模型', new Date(0)),
    nodes: [
      { id: 'school', kind: 'actor', label: '学校', position: { x: 0, y: 0 }, labels: { en: 'School' } },
      { id: 'firm', kind: 'actor', label: '企业', position: { x: 0, y: 0 } },
      { id: 'bank', kind: 'resource', label: '题库', position: { x: 0, y: 0 } },
      { id: 'why', kind: 'driver', label: '盈利', position: { x: 0, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'school', target: 'firm', relation: 'cooperates' },
      { id: 'e2', source: 'school', target: 'bank', relation: 'provides', label: '建设', labels: { en: 'builds' } },
    ],
  };
}

describe('node text', () => {
  it('edits the label in the original language and a translation in another', () => {
    const d = doc();
    const zh = setNodeText(d, 'school', 'zh', '职业学校\n(Y 校)');
    expect(zh.nodes[0].label).toBe('职业学校\n(Y 校)');
    expect(zh.nodes[0].labels).toEqual({ en: 'School' });
    expect(zh.nodes[1]).toBe(d.nodes[1]);
    const en = setNodeText(d, 'firm', 'en', 'Enterprise');
    expect(en.nodes[1]).toMatchObject({ label: '企业', labels: { en: 'Enterprise' } });
    expect(localize(en.nodes[1].label, en.nodes[1].labels, 'en', en.meta.language).text).toBe('Enterprise');
  });
  it('updates an existing regional translation key instead of adding a second one', () => {
    const d = setNodeText(doc(), 'firm', 'en-GB', 'Firm');
    const next = setNodeText(d, 'firm', 'en', 'Company');
    expect(next.nodes[1].labels).toEqual({ 'en-GB': 'Company' });
    expect(textIn(next.nodes[1], 'en', next.meta.language)).toBe('Company');
  });
  it('removes an emptied translation (so the canvas falls back to the original) but keeps an empty label', () => {
    const d = doc();
    const cleared = setNodeText(d, 'school', 'en', '');
    expect(cleared.nodes[0]).not.toHaveProperty('labels');
    expect(setNodeText(d, 'school', 'zh', '').nodes[0].label).toBe('');
  });
  it('returns the same document when nothing changes', () => {
    const d = doc();
    expect(setNodeText(d, 'school', 'zh', '学校')).toBe(d);
    expect(setNodeText(d, 'school', 'en', 'School')).toBe(d);
    expect(setNodeText(d, 'firm', 'en', '')).toBe(d);
    expect(setNodeText(d, 'missing', 'zh', 'x')).toBe(d);
    expect(setNodeDescription(d, 'school', '')).toBe(d);
  });
  it('sets and removes a description', () => {
    const d = setNodeDescription(doc(), 'school', '第 4.2 节');
    expect(d.nodes[0].description).toBe('第 4.2 节');
    expect(setNodeDescription(d, 'school', '第 4.2 节')).toBe(d);
    expect(setNodeDescription(d, 'school', '').nodes[0]).not.toHaveProperty('description');
  });
  it('keeps markup as plain text', () => {
    const d = setNodeText(doc(), 'school', 'zh', '<img src=x onerror=alert(1)>');
    expect(d.nodes[0].label).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('edge fields', () => {
  it('sets the optional own label and removes it when emptied', () => {
    const d = doc();
    const labelled = setEdgeText(d, 'e1', 'zh', '互利');
    expect(labelled.edges[0].label).toBe('互利');
    expect(setEdgeText(labelled, 'e1', 'zh', '').edges[0]).not.toHaveProperty('label');
    expect(setEdgeText(d, 'e1', 'zh', '')).toBe(d);
    expect(setEdgeText(d, 'e2', 'en', 'co-builds').edges[1].labels).toEqual({ en: 'co-builds' });
  });
  it('changes the relation only to a type that allows the ends', () => {
    const d = doc();
    expect(setEdgeRelation(d, 'e1', 'provides')).toBe(d); // actor → actor: provides needs a resource target
    expect(setEdgeRelation(d, 'e1', 'no-such-type')).toBe(d);
    expect(setEdgeRelation(d, 'e1', 'cooperates')).toBe(d);
    const withAny = { ...d, vocabulary: { ...d.vocabulary, relationTypes: [...d.vocabulary.relationTypes, { id: 'any', label: '相关', color: '#000000' }] } };
    expect(setEdgeRelation(withAny, 'e1', 'any').edges[0].relation).toBe('any');
  });
});

describe('document fields', () => {
  it('sets the title and its English translation', () => {
    const d = doc();
    const zh = setTitle(d, 'zh', '新标题');
    expect(zh.meta.title).toBe('新标题');
    expect(zh.meta.labels).toEqual({ en: 'Untitled model' });
    const en = setTitle(d, 'en', 'New title');
    expect(en.meta).toMatchObject({ title: '模型', labels: { en: 'New title' } });
    expect(setTitle(d, 'en', 'Untitled model')).toBe(d);
    expect(setTitle(d, 'en', '').meta).not.toHaveProperty('labels');
  });
  it('sets and removes description, source and language', () => {
    const d = doc();
    const withSource = setMetaField(d, 'source', '赵佳莹，图 2');
    expect(withSource.meta.source).toBe('赵佳莹，图 2');
    expect(setMetaField(withSource, 'source', '赵佳莹，图 2')).toBe(withSource);
    expect(setMetaField(withSource, 'source', '').meta).not.toHaveProperty('source');
    expect(setMetaField(d, 'description', '')).toBe(d);
    expect(setMetaField(d, 'language', 'en').meta.language).toBe('en');
  });
  it('parses authors from commas, Chinese separators and lines, and formats them back', () => {
    expect(parseAuthors('赵佳莹，王伟、 Li Lei\nJane Doe; ,')).toEqual(['赵佳莹', '王伟', 'Li Lei', 'Jane Doe']);
    expect(formatAuthors(['A', 'B'])).toBe('A, B');
    const d = setAuthors(doc(), ['A', 'B']);
    expect(d.meta.authors).toEqual(['A', 'B']);
    expect(setAuthors(d, ['A', 'B'])).toBe(d);
    expect(setAuthors(d, []).meta).not.toHaveProperty('authors');
  });
  it('recognises common BCP 47 shapes', () => {
    for (const ok of ['zh', 'zh-CN', 'zh-Hans-CN', 'en-US', 'yue']) expect(looksLikeLanguageTag(ok)).toBe(true);
    for (const bad of ['', 'chinese', 'zh_CN', 'z', 'en-']) expect(looksLikeLanguageTag(bad)).toBe(false);
  });
});
