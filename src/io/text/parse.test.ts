import { describe, expect, it } from 'vitest';
import { blankModel } from '../../model/blank';
import { parse } from './parse';
import type { TextError } from './types';

const vocabulary = blankModel().vocabulary;

function errorsOf(text: string): TextError[] {
  const r = parse(text, vocabulary);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parse', () => {
  it('reads nodes, a group block, edges, labels and comments', () => {
    const r = parse(
      [
        '# a comment',
        'school: actor "学校"   // trailing comment',
        'g: group "Resources" {',
        '  mooc: resource MOOC videos',
        '}',
        'school -> mooc : provides "builds"',
        'e9: school -> mooc',
      ].join('\n'),
      vocabulary,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.nodes.map((n) => [n.id, n.kind, n.label, n.parent])).toEqual([
      ['school', 'actor', '学校', undefined],
      ['g', 'group', 'Resources', undefined],
      ['mooc', 'resource', 'MOOC videos', 'g'],
    ]);
    expect(r.doc.edges.map((e) => [e.id, e.source, e.target, e.relation, e.label])).toEqual([
      ['school->mooc', 'school', 'mooc', 'provides', 'builds'],
      ['e9', 'school', 'mooc', 'provides', undefined],
    ]);
  });

  it('names kinds and relation types by label in Chinese or English, with full-width punctuation', () => {
    const r = parse(['学校：关键主体', 'Driver1: "driver" “Make a profit”', 'Driver1 → 学校 ： 驱动'].join('\n'), vocabulary);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.nodes.map((n) => [n.id, n.kind, n.label])).toEqual([
      ['学校', 'actor', '学校'],
      ['Driver1', 'driver', 'Make a profit'],
    ]);
    expect(r.doc.edges[0]).toMatchObject({ source: 'Driver1', target: '学校', relation: 'motivates' });
  });

  it('gives an edge without a relation the default relation for its kinds', () => {
    const r = parse('d: driver\na: actor\nd -> a', vocabulary);
    expect(r.ok && r.doc.edges[0].relation).toBe('motivates');
  });

  it('keeps escapes in quoted labels', () => {
    const r = parse('a: actor "say \\"hi\\"\\nthen # not a comment"', vocabulary);
    expect(r.ok && r.doc.nodes[0].label).toBe('say "hi"\nthen # not a comment');
  });

  it('reports each error with its line and column', () => {
    const errors = errorsOf(['a: actor', 'b: actr "B"', 'a -> nobody', 'c: actor "open'].join('\n'));
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['unknown-kind', 2, 4],
      ['unknown-node', 3, 6],
      ['unclosed-string', 4, 10],
    ]);
    expect(errors[0].message).toContain('actr');
    expect(errors[0].params.known).toContain('actor');
  });

  it('reports unclosed and unmatched blocks, and blocks on non-groups', () => {
    expect(errorsOf('g: group {\n  a: actor').map((e) => [e.code, e.line])).toEqual([['unclosed-group', 1]]);
    expect(errorsOf('a: actor\n}').map((e) => [e.code, e.line])).toEqual([['unmatched-close', 2]]);
    expect(errorsOf('a: actor {\n}').map((e) => e.code)).toEqual(['not-a-group']);
  });

  it('reports duplicate ids, chains, missing parts and unknown relations', () => {
    expect(errorsOf('a: actor\na: driver').map((e) => [e.code, e.line, e.params.line])).toEqual([['duplicate-node', 2, '1']]);
    expect(errorsOf('a: actor\nb: actor\nx: a -> b\nx: b -> a').map((e) => [e.code, e.line])).toEqual([['duplicate-edge', 4]]);
    expect(errorsOf('a: actor\nb: actor\nc: actor\na -> b -> c').map((e) => e.code)).toEqual(['chain']);
    expect(errorsOf('a').map((e) => e.code)).toEqual(['missing-kind']);
    expect(errorsOf('a actor').map((e) => e.code)).toEqual(['expected-colon']);
    expect(errorsOf('a: actor\na ->').map((e) => e.code)).toEqual(['missing-target']);
    expect(errorsOf('a: actor\nb: actor\na -> b : loves').map((e) => [e.code, e.column])).toEqual([['unknown-relation', 10]]);
    expect(errorsOf('a: resource\nb: driver\na -> b').map((e) => e.code)).toEqual(['no-relation']);
  });

  it('accepts an empty text as an empty model', () => {
    expect(parse('', vocabulary)).toEqual({ ok: true, doc: { nodes: [], edges: [] } });
  });
});
