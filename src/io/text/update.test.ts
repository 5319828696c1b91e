import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankModel } from '../../model/blank';
import { moveNodes } from '../../model/edits';
import { removeElements } from '../../model/structure';
import type { ModelEdge, ModelNode, TheoryModel } from '../../model/types';
import { loadFigure2 } from '../../store/testing/figure2';
import { applyText } from './apply';
import { applyChanges } from './diff';
import { parse } from './parse';
import { print } from './print';
import { update } from './update';

/** The model a text describes, applied to `base` (tests only: throws on errors). */
function modelOf(base: TheoryModel, text: string): TheoryModel {
  const r = parse(text, base.vocabulary);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return applyText(base, r.doc);
}

const USER_TEXT = [
  '# my model — hand written',
  'school: 关键主体 "学校"   // the school',
  '',
  'g: group "Resources" {',
  '  mooc: resource "MOOC"',
  '}',
  'firm: actor "Enterprise"',
  '// relations',
  'school -> firm : cooperates',
  'school -> mooc : provides "together"',
  '',
].join('\n');

function userModel(): TheoryModel {
  return modelOf(blankModel(), USER_TEXT);
}

function updated(text: string, doc: TheoryModel): string {
  const result = update(text, doc);
  expect(applyChanges(text, result.changes)).toBe(result.text);
  return result.text;
}

describe('update (canvas → text in place)', () => {
  it('changes nothing when only positions changed', () => {
    const doc = userModel();
    const moved = moveNodes(doc, new Map([['school', { x: 400, y: 300 }]]));
    expect(update(USER_TEXT, moved)).toEqual({ text: USER_TEXT, changes: [] });
  });

  it('rewrites only the line of a relabelled node, keeping its indentation and comment', () => {
    const doc = userModel();
    const renamed = { ...doc, nodes: doc.nodes.map((n: ModelNode) => (n.id === 'school' ? { ...n, label: '宁波学校' } : n)) };
    const text = updated(USER_TEXT, renamed);
    const lines = text.split('\n');
    expect(lines[1]).toBe('school: actor "宁波学校"   // the school');
    expect(lines.filter((l, i) => l !== USER_TEXT.split('\n')[i])).toHaveLength(1);
  });

  it('removes the lines of deleted elements and keeps a deleted group’s contents', () => {
    const doc = removeElements(userModel(), ['g', 'firm']);
    const text = updated(USER_TEXT, doc);
    expect(text).toBe(['# my model — hand written', 'school: 关键主体 "学校"   // the school', '', '  mooc: resource "MOOC"', '// relations', 'school -> mooc : provides "together"', ''].join('\n'));
    expect(modelOf(doc, text)).toBe(doc);
  });

  it('adds a new node after the last node of its group and a new edge after the last edge', () => {
    const doc = userModel();
    const node: ModelNode = { id: 'bank', kind: 'resource', label: 'Question bank', parent: 'g', position: { x: 16, y: 120 } };
    const edge: ModelEdge = { id: 'e-1', source: 'firm', target: 'bank', relation: 'provides' };
    const next = { ...doc, nodes: [...doc.nodes, node], edges: [...doc.edges, edge] };
    const text = updated(USER_TEXT, next);
    const lines = text.split('\n');
    expect(lines[5]).toBe('  bank: resource "Question bank"');
    expect(lines[11]).toBe('e-1: firm -> bank : provides');
    expect(lines[0]).toBe('# my model — hand written');
    expect(modelOf(next, text)).toBe(next);
  });

  it('moves a node that changed group into the group’s block, turning a one-line group into a block', () => {
    const base = modelOf(blankModel(), 'a: actor\nh: group "H"\nb: actor\n');
    const doc = { ...base, nodes: base.nodes.map((n) => (n.id === 'b' ? { ...n, parent: 'h' } : n)) };
    const text = updated('a: actor\nh: group "H"\nb: actor\n', doc);
    expect(text).toBe('a: actor\nh: group "H" {\n  b: actor\n}\n');
  });

  it('rewrites an edge whose relation changed, giving it its id when it can no longer be derived', () => {
    const doc = userModel();
    const retargeted = { ...doc, edges: doc.edges.map((e) => (e.id === 'school->firm' ? { ...e, target: 'mooc', relation: 'provides' } : e)) };
    const text = updated(USER_TEXT, retargeted);
    expect(text.split('\n')[8]).toBe('"school->firm": school -> mooc : provides');
    expect(modelOf(retargeted, text).edges.map((e) => e.id)).toEqual(retargeted.edges.map((e) => e.id));
  });

  it('leaves a line the user is still typing alone, and does not add its element again', () => {
    const doc = userModel();
    const typing = USER_TEXT.replace('firm: actor "Enterprise"', 'firm: actr "Enterprise"');
    const got = updated(typing, moveNodes(doc, new Map([['firm', { x: 1, y: 2 }]])));
    expect(got, got).toBe(typing);
  });

  it('keeps the user’s comments and line order through any mix of canvas edits on Figure 2', () => {
    const base = loadFigure2();
    const printed = print(base).split('\n');
    // The user's own text: a comment after every fifth line, and the edges in reverse order.
    const edgeLines = printed.filter((l) => l.includes('->'));
    const nodeLines = printed.filter((l) => !l.includes('->') && l !== '');
    const text = [...nodeLines.flatMap((l, i) => (i % 5 === 4 ? [l, `// 我的注释 ${i}`] : [l])), '', ...edgeLines.reverse(), ''].join('\n');
    const start = modelOf(base, text);
    fc.assert(
      fc.property(fc.subarray(start.nodes.map((n) => n.id)), fc.subarray(start.edges.map((e) => e.id)), (nodes, edges) => {
        const doc = removeElements(start, nodes, edges);
        const next = updated(text, doc);
        expect(next.split('\n').filter((l) => l.startsWith('// 我的注释'))).toHaveLength(text.split('\n').filter((l) => l.startsWith('// 我的注释')).length);
        // Surviving lines keep their order.
        const statements = (t: string) => t.split('\n').filter((l) => !/^\s*\}?\s*$/.test(l));
        const kept = statements(text).filter((l) => statements(next).includes(l));
        expect(statements(next).filter((l) => kept.includes(l))).toEqual(kept);
        expect(modelOf(doc, next)).toBe(doc);
      }),
      { numRuns: 60 },
    );
  });
});
