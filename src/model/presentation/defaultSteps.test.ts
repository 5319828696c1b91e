import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emphasis } from '../emphasisLooks';
import type { TheoryModel } from '../types';
import { defaultSteps, kindRoles, type StepNaming } from './defaultSteps';
import { speakerNotes, stepScope } from './steps';

const figure = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as TheoryModel;
const naming: StepNaming = { actorWithDrivers: (a, d) => `${a} + ${d}`, relations: 'Relations', list: (names) => names.join(', ') };
const labelOf = (doc: TheoryModel, id: string) => doc.nodes.find((n) => n.id === id)?.label;

describe('default presentation steps (from the vocabulary)', () => {
  const doc = figure('figure-2');

  it('reads the roles of Figure 2’s kinds from its relation types', () => {
    expect(kindRoles(doc)).toEqual({ actors: ['actor'], drivers: ['driver'], resources: ['resource'], others: [] });
  });

  it('gives Figure 2 the actors, each actor with its drivers, the resources, then the relations', () => {
    const steps = defaultSteps(doc, 'zh-CN', naming);
    expect(steps.map((s) => s.name)).toEqual([
      '关键主体',
      '"1+X"培训评价组织 + 关键驱动力',
      '学校 + 关键驱动力',
      '学生 + 关键驱动力',
      '智能制造企业 + 关键驱动力',
      '关键资源',
      'Relations',
    ]);
    expect(steps[0].elementIds.map((id) => labelOf(doc, id))).toEqual(['"1+X"培训评价组织', '学校', '学生', '智能制造企业']);
    const student = steps[3];
    expect(student.elementIds.filter((id) => labelOf(doc, id)).map((id) => labelOf(doc, id))).toEqual(['学生', '学习专业知识和技能', '实践技能岗位', '主持创业项目', '参加相关比赛', '获取技能证书']);
    expect(student.elementIds.filter((id) => doc.edges.some((e) => e.id === id))).toHaveLength(5);
    expect(steps[5].elementIds).toHaveLength(6);
    expect(steps[6].elementIds).toHaveLength(doc.nodes.length + doc.edges.length);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });

  it('names the steps in the diagram language', () => {
    const names = defaultSteps(doc, 'en', naming).map((s) => s.name);
    expect(names[0]).toBe('Key actor');
    expect(names.at(-2)).toBe('Key resource');
  });

  it('has no steps for an empty model, and falls back to the busiest kind without self-relations', () => {
    expect(defaultSteps({ ...doc, nodes: [], edges: [] }, 'zh-CN', naming)).toEqual([]);
    const noSelf = { ...doc, vocabulary: { ...doc.vocabulary, relationTypes: doc.vocabulary.relationTypes.filter((r) => r.id !== 'cooperates' && r.id !== 'takes-part') } };
    const edges = doc.edges.filter((e) => e.relation !== 'cooperates' && e.relation !== 'takes-part');
    expect(kindRoles({ ...noSelf, edges }).actors).toEqual(['actor']);
  });

  it('dims what is outside a step: the student step shows the student, its drivers and their group', () => {
    const step = defaultSteps(doc, 'zh-CN', naming)[3];
    const scope = stepScope(doc, step);
    expect(scope.nodes.has('grp-drv-student')).toBe(true);
    expect(scope.missing).toEqual([]);
    const looks = emphasis(doc, { step: scope });
    expect(looks.nodes.get('actor-student')).toBeUndefined();
    expect(looks.nodes.get('drv-student-startup')).toBeUndefined();
    expect(looks.nodes.get('actor-school')).toBe('dim');
    expect(looks.nodes.get('res-mooc')).toBe('dim');
    const motivates = doc.edges.find((e) => e.source === 'drv-student-job')!;
    expect(looks.edges.get(motivates.id)).toBeUndefined();
    expect([...looks.edges.values()].filter((l) => l === 'dim')).toHaveLength(doc.edges.length - 5);
  });

  it('shows the edges between a step’s nodes and names the ids that are gone', () => {
    const scope = stepScope(doc, { id: 's', name: 'x', elementIds: ['actor-school', 'actor-enterprise', 'gone'] });
    const cooperate = doc.edges.find((e) => e.relation === 'cooperates' && e.target === 'actor-enterprise')!;
    expect(scope.edges).toEqual(new Set([cooperate.id]));
    expect(scope.missing).toEqual(['gone']);
  });

  it('speaker notes: the step’s notes, else its elements’ descriptions', () => {
    const step = { id: 's', name: 'x', elementIds: ['actor-school'] };
    expect(speakerNotes(doc, { ...step, notes: '先讲学校' }, 'zh-CN')).toEqual({ kind: 'notes', text: '先讲学校' });
    const withDescription = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'actor-school' ? { ...n, description: '实施主体' } : n)) };
    expect(speakerNotes(withDescription, { ...step, notes: '  ' }, 'zh-CN')).toEqual({ kind: 'descriptions', items: [{ label: '学校', text: '实施主体' }] });
    expect(speakerNotes(doc, step, 'zh-CN')).toEqual({ kind: 'descriptions', items: [] });
  });
});
