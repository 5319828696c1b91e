import { describe, expect, it } from 'vitest';
import { absolutePosition, nodesById } from '../../model/geometry';
import { loadFigure2 } from '../../store/testing/figure2';
import type { TheoryModel } from '../../model/types';
import { applyText } from './apply';
import { parse } from './parse';
import { print } from './print';

function apply(base: TheoryModel, text: string): TheoryModel {
  const r = parse(text, base.vocabulary);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return applyText(base, r.doc);
}

describe('applyText', () => {
  const base = loadFigure2();
  const text = print(base);

  it('returns the open model itself when the text describes it (a comment is not an edit)', () => {
    expect(apply(base, `${text}\n# just a note\n`)).toBe(base);
  });

  it('keeps positions, sizes and translations of surviving nodes, and their order', () => {
    const next = apply(base, text.replace('actor-school: actor "学校"', 'actor-school: actor "宁波学校"'));
    const school = next.nodes.find((n) => n.id === 'actor-school');
    expect(school).toMatchObject({ label: '宁波学校', labels: { en: 'School' }, position: { x: 520, y: 478 } });
    expect(next.nodes.map((n) => n.id)).toEqual(base.nodes.map((n) => n.id));
    expect(next.nodes.filter((n) => n.id !== 'actor-school').every((n, i) => n === base.nodes.filter((m) => m.id !== 'actor-school')[i])).toBe(true);
  });

  it('places a new node next to the node it is connected to, clear of other nodes', () => {
    const next = apply(base, `${text}\nactor-bureau: actor "教育局"\nactor-bureau -> actor-school : cooperates\n`);
    const byId = nodesById(next);
    const bureau = absolutePosition(byId, 'actor-bureau');
    const school = absolutePosition(byId, 'actor-school');
    expect(Math.abs(bureau.x - school.x)).toBeLessThanOrEqual(300);
    expect(Math.abs(bureau.y - school.y)).toBeLessThanOrEqual(400);
    for (const n of next.nodes) {
      if (n.id === 'actor-bureau' || n.kind === 'group') continue;
      const p = absolutePosition(byId, n.id);
      expect(Math.abs(p.x - bureau.x) >= 200 || Math.abs(p.y - bureau.y) >= 60, n.id).toBe(true);
    }
    expect(next.edges.at(-1)).toEqual({ id: 'actor-bureau->actor-school', source: 'actor-bureau', target: 'actor-school', relation: 'cooperates' });
  });

  it('puts a new member inside its group and grows the group to hold it', () => {
    const next = apply(base, text.replace('  res-coop-projects: resource "校企合作项目"', '  res-coop-projects: resource "校企合作项目"\n  res-new: resource "新资源"'));
    const group = next.nodes.find((n) => n.id === 'grp-resources');
    const added = next.nodes.find((n) => n.id === 'res-new');
    expect(added).toMatchObject({ parent: 'grp-resources', position: { x: 16 } });
    expect(added && group?.size && added.position.y + 60 <= group.size.height).toBe(true);
    expect(next.nodes.findIndex((n) => n.id === 'grp-resources')).toBeLessThan(next.nodes.findIndex((n) => n.id === 'res-new'));
  });

  it('moving a node out of its group keeps it where it is on the canvas', () => {
    const before = absolutePosition(nodesById(base), 'res-mooc');
    const next = apply(base, text.replace('  res-mooc: resource "校企共建的慕课视频"\n', '').replace('actor-org: actor', 'res-mooc: resource "校企共建的慕课视频"\nactor-org: actor'));
    const mooc = next.nodes.find((n) => n.id === 'res-mooc');
    expect(mooc?.parent).toBeUndefined();
    expect(absolutePosition(nodesById(next), 'res-mooc')).toEqual(before);
  });

  it('removes what the text no longer has, and a reconnected edge loses its old bends', () => {
    const withBends = { ...base, edges: base.edges.map((e) => (e.id === 'e-coop-school-org' ? { ...e, bends: [{ x: 1, y: 2 }] } : e)) };
    const next = apply(withBends, print(withBends).replace('e-coop-school-org: actor-school -> actor-org', 'e-coop-school-org: actor-student -> actor-org').replace(/^e-mot-org-profit.*\n/m, ''));
    expect(next.edges.find((e) => e.id === 'e-mot-org-profit')).toBeUndefined();
    // The edge keeps its place in the order (format v4) and nothing else of its old geometry.
    const { order, ...edge } = next.edges.find((e) => e.id === 'e-coop-school-org')!;
    expect(edge).toEqual({ id: 'e-coop-school-org', source: 'actor-student', target: 'actor-org', relation: 'cooperates' });
    expect(order).toBe(base.edges.find((e) => e.id === 'e-coop-school-org')?.order);
  });
});

describe('textToDocument', () => {
  it('reads a hand-typed text into a whole document with the paper vocabulary that importModel accepts', async () => {
    const { textToDocument } = await import('./document');
    const { importModel } = await import('../importModel');
    const r = textToDocument('# 手写\n学校: 关键主体\n企业: actor "Enterprise"\n学校 -> 企业 : 合作\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const imported = importModel(r.doc);
    expect(imported.ok && imported.model.nodes.map((n) => n.label)).toEqual(['学校', 'Enterprise']);
    expect(imported.ok && imported.model.edges).toEqual([{ id: '学校->企业', source: '学校', target: '企业', relation: 'cooperates' }]);
    expect(textToDocument('a -> b').ok).toBe(false);
  });
});
