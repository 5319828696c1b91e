import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallModel } from '../testing/editFixtures';
import type { ModelNode, TheoryModel } from '../types';
import { byKind, diffModels, hasDifferences } from './diff';
import { matchModels } from './match';

const load = (file: string) => JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8')) as TheoryModel;
const statusOf = (d: ReturnType<typeof diffModels>, label: string) => d.nodes.find((x) => (x.a ?? x.b)!.label === label)?.status;

describe('matchModels', () => {
  it('matches by id first', () => {
    const a = smallModel();
    expect(matchModels(a, smallModel()).nodes.get('a1')).toBe('a1');
  });
  it('matches left-overs by kind and a label in either language', () => {
    const a = smallModel();
    const b = smallModel();
    a.nodes = a.nodes.map((n) => (n.id === 'a2' ? { ...n, label: '学校', labels: { en: 'School' } } : n));
    // b: fresh ids; one shares the Chinese label, the other only the English translation (other case).
    b.nodes = b.nodes.map((n) => (n.id === 'a2' ? { ...n, id: 'x-school', label: 'Die Schule', labels: { en: 'school' } } : n.id === 'r1' ? { ...n, id: 'x-r1' } : n));
    const m = matchModels(a, b);
    expect(m.nodes.get('a2')).toBe('x-school');
    expect(m.nodes.get('r1')).toBe('x-r1');
  });
  it('does not match a shared label across kinds', () => {
    const a = smallModel();
    const b = smallModel();
    b.nodes = b.nodes.map((n) => (n.id === 'r1' ? { ...n, id: 'x', kind: 'driver' } : n));
    expect(matchModels(a, b).nodes.has('r1')).toBe(false);
  });
  it('matches relations with new ids by their matched ends and relation type', () => {
    const a = smallModel();
    const b = smallModel();
    b.edges = b.edges.map((e) => ({ ...e, id: `new-${e.id}` }));
    expect(Object.fromEntries(matchModels(a, b).edges)).toEqual({ e1: 'new-e1', e2: 'new-e2', e3: 'new-e3' });
  });
});

describe('diffModels', () => {
  it('marks added, removed, renamed (changed label), moved (changed group), retyped, and relation changes', () => {
    const a = smallModel();
    const b = smallModel();
    b.nodes = b.nodes
      .filter((n) => n.id !== 'r1')
      .map((n): ModelNode => (n.id === 'a1' ? { ...n, label: 'A1 renamed' } : n.id === 'd1' ? { ...n, parent: undefined } : n.id === 'a2' ? { ...n, kind: 'resource' } : n));
    b.nodes.push({ id: 'new', kind: 'driver', label: 'New', position: { x: 0, y: 0 } });
    b.edges = [{ ...b.edges[0], relation: 'cooperates' }, b.edges[1]];
    const d = diffModels(a, b);
    const by = Object.fromEntries(d.nodes.map((x) => [(x.a ?? x.b)!.id, [x.status, ...x.changes]]));
    expect(by).toEqual({
      g1: ['unchanged'],
      a1: ['changed', 'label'],
      d1: ['changed', 'group'],
      a2: ['changed', 'kind'],
      r1: ['removed'],
      new: ['added'],
    });
    expect(Object.fromEntries(d.edges.map((x) => [(x.a ?? x.b)!.id, [x.status, ...x.changes]]))).toEqual({ e1: ['changed', 'relation'], e2: ['unchanged'], e3: ['removed'] });
    expect([...byKind(d).keys()]).toEqual(['actor', 'driver', 'resource']);
  });
  it('a translation that changed is a label change', () => {
    const b = smallModel();
    b.nodes = b.nodes.map((n) => (n.id === 'a1' ? { ...n, labels: { en: 'School' } } : n));
    expect(diffModels(smallModel(), b).nodes.find((x) => x.a?.id === 'a1')).toMatchObject({ status: 'changed', changes: ['label'] });
  });
  it('Figure 1 → Figure 2 reads like the paper: concrete drivers and live-streaming data go, general ones come', () => {
    const d = diffModels(load('figure-1.json'), load('figure-2.json'));
    for (const gone of ['网店创业', '自媒体创业', '直播基地智能制造产品的数字化运营数据', '减少人力成本']) expect(statusOf(d, gone)).toBe('removed');
    for (const come of ['校企合作项目', '学生创业项目', '相关比赛项目', '主持创业项目']) expect(statusOf(d, come)).toBe('added');
    expect(statusOf(d, '学生')).toBe('unchanged');
    expect(d.nodes.find((x) => x.a?.id === 'drv-school-integration')).toMatchObject({ status: 'changed', changes: ['label'] });
  });
});

// Models with unique ids and labels, some grouped, with relations among them.
const modelArb: fc.Arbitrary<TheoryModel> = fc
  .record({
    count: fc.integer({ min: 0, max: 12 }),
    kinds: fc.array(fc.constantFrom('actor', 'driver', 'resource', 'group'), { minLength: 12, maxLength: 12 }),
    labels: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''), { minLength: 12, maxLength: 12, selector: (s) => s.trim().toLocaleLowerCase() }),
    parents: fc.array(fc.integer({ min: -1, max: 11 }), { minLength: 12, maxLength: 12 }),
    edges: fc.array(fc.record({ s: fc.nat(11), t: fc.nat(11), r: fc.constantFrom('motivates', 'cooperates', 'provides') }), { maxLength: 20 }),
  })
  .map(({ count, kinds, labels, parents, edges }) => {
    const base = smallModel();
    const nodes: ModelNode[] = [];
    for (let i = 0; i < count; i++) {
      const p = parents[i];
      const parent = p >= 0 && p < i && nodes[p].kind === 'group' ? nodes[p].id : undefined;
      nodes.push({ id: `n${i}`, kind: kinds[i], label: labels[i], position: { x: i, y: 0 }, ...(parent ? { parent } : {}) });
    }
    const es = count === 0 ? [] : edges.map((e, i) => ({ id: `e${i}`, source: `n${e.s % count}`, target: `n${e.t % count}`, relation: e.r }));
    return { ...base, nodes, edges: es };
  });

describe('compare properties', () => {
  it('a model compared with itself has no differences', () => {
    fc.assert(
      fc.property(modelArb, (doc) => {
        const d = diffModels(doc, structuredClone(doc));
        expect(hasDifferences(d)).toBe(false);
        expect(d.nodes).toHaveLength(doc.nodes.length);
      }),
    );
  });
  it('with every id replaced, elements still match by label and relations by their ends: no differences', () => {
    fc.assert(
      fc.property(modelArb, (doc) => {
        const copy = structuredClone(doc);
        const rename = (id: string) => `copy-${id}`;
        copy.nodes = copy.nodes.map((n) => ({ ...n, id: rename(n.id), ...(n.parent ? { parent: rename(n.parent) } : {}) }));
        copy.edges = copy.edges.map((e) => ({ ...e, id: rename(e.id), source: rename(e.source), target: rename(e.target) }));
        expect(hasDifferences(diffModels(doc, copy))).toBe(false);
      }),
    );
  });
});
