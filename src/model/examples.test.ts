/**
 * The example files reproduce the paper's Figure 1 and Figure 2 (Zhao Jiaying's study, sections 3.2–3.3
 * and 4; the element lists are in docs/domain.md). The lists below are copied on purpose: if an example loses or misspells an element,
 * this test says which one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARROW_STYLES,
  FORMAT_NAME,
  FORMAT_VERSION,
  GROUP_KIND,
  LINE_STYLES,
  NODE_SHAPES,
  type ModelNode,
  type TheoryModel,
} from './types';

const ENTERPRISE = '智能制造企业';
const SCHOOL = '学校';
const ORG = '"1+X"培训评价组织';
const STUDENT = '学生';
const ACTORS = [ENTERPRISE, SCHOOL, ORG, STUDENT];

type Figure = {
  file: string;
  title: string;
  /** Drivers per actor label. */
  drivers: Record<string, string[]>;
  resources: string[];
};

const ORG_DRIVERS = ['提供考证资源，包括师资培训、组织考试等', '实现盈利'];
const SCHOOL_DRIVERS_SHARED = ['成为试点院校，实现"课证融通"', '提高任课教师的教学实践能力', '推动学生专业技能的增长', '促进专业建设'];
const SHARED_RESOURCES = ['"1+X"考证线上题库资源', '校企共建的慕课视频', '校企共建的工作任务书'];

const FIGURES: Figure[] = [
  {
    file: 'figure-1.json',
    title: '基于宁波智能制造特色的 Y 校"1+X"证书制度实施的理论模型',
    drivers: {
      [STUDENT]: [
        '学习电商数据分析知识和技能',
        '实践数字化运营岗位',
        '网店创业',
        '自媒体创业',
        '参加全国职业院校"电子商务"赛项技能比赛',
        '获取"1+X"电商数据分析职业技能等级证书(中级)',
      ],
      [ENTERPRISE]: ['获得稳定的数字化运营岗位技能人才', '减少人力成本'],
      [SCHOOL]: ['通过产教融合，将企业的导师资源和数据资源融入课堂教学中', ...SCHOOL_DRIVERS_SHARED],
      [ORG]: ORG_DRIVERS,
    },
    resources: [
      ...SHARED_RESOURCES,
      '直播基地智能制造产品的数字化运营数据',
      '学生网店、自媒体创业的运营数据',
      '"电子商务"技能赛项比赛系统的沙盘运营数据',
    ],
  },
  {
    file: 'figure-2.json',
    title: '基于宁波智能制造特色的"1+X"证书制度实施的理论模型',
    drivers: {
      [STUDENT]: ['学习专业知识和技能', '实践技能岗位', '主持创业项目', '参加相关比赛', '获取技能证书'],
      [ENTERPRISE]: ['获取稳定的岗位技能人才'],
      [SCHOOL]: ['深化产教融合', ...SCHOOL_DRIVERS_SHARED],
      [ORG]: ORG_DRIVERS,
    },
    resources: [...SHARED_RESOURCES, '校企合作项目', '学生创业项目', '相关比赛项目'],
  },
];

const RELATIONS = ['motivates', 'cooperates', 'provides', 'co-builds', 'supports', 'takes-part'];
const COLOR = /^#[0-9a-f]{6}$/i;

// The canvas draws element nodes 200 px wide, 36 px + 22 px per line tall, ~12 CJK characters a line.
const NODE_WIDTH = 200;
function estimatedHeight(label: string): number {
  let units = 0;
  for (const ch of label) units += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.55;
  return 36 + 22 * Math.max(1, Math.ceil(units / 12));
}

function load(file: string): TheoryModel {
  return JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as TheoryModel;
}

function sorted(values: string[]): string[] {
  return [...values].sort();
}

describe.each(FIGURES)('examples/$file', (figure) => {
  const model = load(figure.file);
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const labelsOf = (kind: string) => model.nodes.filter((n) => n.kind === kind).map((n) => n.label);
  const nodeLabelled = (kind: string, label: string): ModelNode | undefined =>
    model.nodes.find((n) => n.kind === kind && n.label === label);

  it('has the envelope, meta and layout of the format', () => {
    expect(model.format).toBe(FORMAT_NAME);
    expect(model.version).toBe(FORMAT_VERSION);
    expect(model.meta.title).toBe(figure.title);
    expect(model.meta.labels?.en).toBeTruthy();
    expect(model.meta.language).toBe('zh-CN');
    expect(model.meta.description).toBeTruthy();
    expect(model.meta.source).toContain('赵佳莹');
    expect(model.meta.created).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(model.meta.modified).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(model.layout).toEqual({ direction: 'RIGHT', bands: [['driver'], ['actor'], ['resource']] });
  });

  it('declares the three element kinds and the six relation types, well-formed', () => {
    const kinds = model.vocabulary.nodeKinds;
    expect(kinds.map((k) => [k.id, k.label])).toEqual(
      expect.arrayContaining([
        ['actor', '关键主体'],
        ['driver', '关键驱动力'],
        ['resource', '关键资源'],
      ]),
    );
    const relations = model.vocabulary.relationTypes;
    expect(relations.map((r) => r.id)).toEqual(expect.arrayContaining(RELATIONS));
    const kindIds = new Set(kinds.map((k) => k.id));
    for (const k of kinds) {
      expect(k.color, k.id).toMatch(COLOR);
      expect(k.labels?.en, k.id).toBeTruthy();
      if (k.shape !== undefined) expect(NODE_SHAPES).toContain(k.shape);
    }
    for (const r of relations) {
      expect(r.color, r.id).toMatch(COLOR);
      expect(r.labels?.en, r.id).toBeTruthy();
      if (r.line !== undefined) expect(LINE_STYLES).toContain(r.line);
      if (r.arrow !== undefined) expect(ARROW_STYLES).toContain(r.arrow);
      for (const k of [...(r.from ?? []), ...(r.to ?? [])]) expect(kindIds.has(k) || k === GROUP_KIND, `${r.id} → ${k}`).toBe(true);
    }
    // Distinct looks: every kind and every relation type has its own colour.
    expect(new Set(kinds.map((k) => k.color.toLowerCase())).size).toBe(kinds.length);
    expect(new Set(relations.map((r) => r.color.toLowerCase())).size).toBe(relations.length);
  });

  it('contains exactly the actors, drivers and resources of the paper', () => {
    expect(sorted(labelsOf('actor'))).toEqual(sorted(ACTORS));
    expect(sorted(labelsOf('driver'))).toEqual(sorted(Object.values(figure.drivers).flat()));
    expect(sorted(labelsOf('resource'))).toEqual(sorted(figure.resources));
    // domain.md writes the quotes as ASCII; curly quotes would make the same text a different label.
    for (const n of model.nodes) expect(n.label, n.id).not.toMatch(/[\u201c\u201d]/);
  });

  it('has unique ids and English glosses everywhere', () => {
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    for (const list of [model.nodes, model.edges, model.vocabulary.nodeKinds, model.vocabulary.relationTypes]) {
      expect(new Set(ids(list)).size).toBe(list.length);
    }
    for (const n of model.nodes) expect(n.labels?.en, n.id).toBeTruthy();
    // An edge without a label is named by its relation type (checked above); one with a label
    // carries its own translation.
    for (const e of model.edges) if (e.label) expect(e.labels?.en, e.id).toBeTruthy();
  });

  it('has edges between existing nodes, of declared relations, within the from/to kinds', () => {
    const relations = new Map(model.vocabulary.relationTypes.map((r) => [r.id, r]));
    for (const e of model.edges) {
      const source = byId.get(e.source);
      const target = byId.get(e.target);
      const relation = relations.get(e.relation);
      expect(source, `${e.id} source`).toBeDefined();
      expect(target, `${e.id} target`).toBeDefined();
      expect(relation, `${e.id} relation`).toBeDefined();
      if (!source || !target || !relation) continue;
      // Only "supports" leaves a group: the key-resources box as a whole supports the student.
      if (e.relation !== 'supports') expect(source.kind, `${e.id} source is a group`).not.toBe(GROUP_KIND);
      expect(target.kind, `${e.id} target is a group`).not.toBe(GROUP_KIND);
      if (relation.from) expect(relation.from, e.id).toContain(source.kind);
      if (relation.to) expect(relation.to, e.id).toContain(target.kind);
    }
    const used = new Set(model.edges.map((e) => e.relation));
    expect(used.size).toBeGreaterThanOrEqual(4);
    expect([...used].sort()).toEqual([...RELATIONS].sort());
  });

  it('connects every element, and every driver motivates its own actor', () => {
    const touched = new Set(model.edges.flatMap((e) => [e.source, e.target]));
    for (const n of model.nodes) if (n.kind !== GROUP_KIND) expect(touched.has(n.id), n.id).toBe(true);
    for (const [actorLabel, drivers] of Object.entries(figure.drivers)) {
      const actor = nodeLabelled('actor', actorLabel);
      expect(actor, actorLabel).toBeDefined();
      for (const label of drivers) {
        const driver = nodeLabelled('driver', label);
        const found = model.edges.some(
          (e) => e.relation === 'motivates' && e.source === driver?.id && e.target === actor?.id,
        );
        expect(found, `${label} → ${actorLabel}`).toBe(true);
      }
    }
  });

  it('has the relations of section 4 between the actors and resources', () => {
    const id = (kind: string, label: string) => nodeLabelled(kind, label)?.id;
    const has = (relation: string, source: string | undefined, target: string | undefined) =>
      model.edges.some((e) => e.relation === relation && e.source === source && e.target === target);
    const school = id('actor', SCHOOL);
    const enterprise = id('actor', ENTERPRISE);
    const org = id('actor', ORG);
    const student = id('actor', STUDENT);
    expect(has('cooperates', school, enterprise)).toBe(true);
    expect(has('cooperates', school, org)).toBe(true);
    expect(has('takes-part', student, school)).toBe(true);
    expect(has('takes-part', student, enterprise)).toBe(true);
    expect(has('provides', org, id('resource', '"1+X"考证线上题库资源'))).toBe(true);
    for (const label of ['校企共建的慕课视频', '校企共建的工作任务书']) {
      expect(has('co-builds', school, id('resource', label)), label).toBe(true);
      expect(has('co-builds', enterprise, id('resource', label)), label).toBe(true);
    }
    // The resources box supports the student, and it holds every resource.
    const box = model.nodes.find((n) => n.kind === GROUP_KIND && model.edges.some((e) => e.relation === 'supports' && e.source === n.id && e.target === student));
    expect(box, 'a group that supports the student').toBeDefined();
    for (const label of figure.resources) expect(byId.get(id('resource', label) ?? '')?.parent, label).toBe(box?.id);
  });

  it('puts children after their group, inside its box', () => {
    const seen = new Set<string>();
    for (const n of model.nodes) {
      if (n.parent !== undefined) {
        const group = byId.get(n.parent);
        expect(group?.kind, `${n.id} parent`).toBe(GROUP_KIND);
        expect(seen.has(n.parent), `${n.parent} comes before ${n.id}`).toBe(true);
        if (group?.size) {
          expect(n.position.x, n.id).toBeGreaterThanOrEqual(0);
          expect(n.position.y, `${n.id} below the group title`).toBeGreaterThanOrEqual(40);
          expect(n.position.x + NODE_WIDTH, n.id).toBeLessThanOrEqual(group.size.width);
          expect(n.position.y + estimatedHeight(n.label), n.id).toBeLessThanOrEqual(group.size.height);
        }
      }
      if (n.kind === GROUP_KIND) expect(n.size, `${n.id} size`).toBeDefined();
      seen.add(n.id);
    }
  });

  it('places each actor level with its driver group', () => {
    for (const actorLabel of ACTORS) {
      const actor = nodeLabelled('actor', actorLabel);
      const driver = nodeLabelled('driver', figure.drivers[actorLabel][0]);
      const group = driver?.parent ? byId.get(driver.parent) : undefined;
      expect(actor?.parent).toBeUndefined();
      expect(group?.size, actorLabel).toBeDefined();
      if (!actor || !group?.size) continue;
      const actorCentre = actor.position.y + estimatedHeight(actor.label) / 2;
      const groupCentre = group.position.y + group.size.height / 2;
      expect(Math.abs(actorCentre - groupCentre), actorLabel).toBeLessThanOrEqual(2);
    }
  });
});

describe('examples/figure-1.json', () => {
  it('records the case pass rates (section 3.1)', () => {
    const text = load('figure-1.json')
      .nodes.map((n) => n.description ?? '')
      .join('\n');
    for (const fact of ['92 人', '91 人', '98.9%', '48 人', '100%', '95 人', '88 人', '92.6%']) {
      expect(text).toContain(fact);
    }
  });
});
