import { describe, expect, it } from 'vitest';
import { analyse, inferAncestors, inferEnds, type SceneNode } from './analyse';

const el = (id: string, x: number, y: number, width = 100, height = 40, ancestors?: string[]): SceneNode => ({ id, name: id, box: { x, y, width, height }, group: false, ...(ancestors ? { ancestors } : {}) });
const grp = (id: string, x: number, y: number, width: number, height: number, ancestors?: string[]): SceneNode => ({ ...el(id, x, y, width, height, ancestors), group: true });
const line = (...pts: [number, number][]) => [pts.map(([x, y]) => ({ x, y }))];

describe('node overlaps', () => {
  it('finds two intersecting elements, not two that touch', () => {
    expect(analyse({ nodes: [el('a', 0, 0), el('b', 90, 0)], edges: [], labels: [] }).nodeOverlaps).toEqual(['“a” overlaps “b”']);
    expect(analyse({ nodes: [el('a', 0, 0), el('b', 100.5, 0)], edges: [], labels: [] }).nodeOverlaps).toEqual([]);
  });

  it('forgives 1 px of overlap (measurement noise), not 2', () => {
    expect(analyse({ nodes: [el('a', 0, 0), el('b', 99.2, 0)], edges: [], labels: [] }).nodeOverlaps).toEqual([]);
    expect(analyse({ nodes: [el('a', 0, 0), el('b', 98, 0)], edges: [], labels: [] }).nodeOverlaps).toEqual(['“a” overlaps “b”']);
    // An edge grazing a node by under a pixel does not cross it; 2 px in does.
    const graze = (y: number) => analyse({ nodes: [el('a', 0, 0), el('b', 400, 0), el('mid', 200, 40)], edges: [{ id: 'e', name: 'e', lines: line([100, y], [400, y]), ends: ['a', 'b'] }], labels: [] }).edgeCrossings.length;
    expect(graze(40.5)).toBe(0);
    expect(graze(42)).toBe(1);
  });

  it('a member must stay inside its group; a non-member must stay out of it', () => {
    const g = grp('g', 0, 0, 200, 100, []);
    expect(analyse({ nodes: [g, el('in', 10, 10, 100, 40, ['g'])], edges: [], labels: [] }).nodeOverlaps).toEqual([]);
    expect(analyse({ nodes: [g, el('out', 150, 10, 100, 40, ['g'])], edges: [], labels: [] }).nodeOverlaps).toEqual(['“out” sticks out of its group “g”']);
    expect(analyse({ nodes: [g, el('stranger', 10, 10, 100, 40, [])], edges: [], labels: [] }).nodeOverlaps).toEqual(['“stranger” overlaps group “g”']);
  });

  it('groups may nest but not overlap', () => {
    const outer = grp('outer', 0, 0, 300, 300, []);
    expect(analyse({ nodes: [outer, grp('inner', 10, 10, 100, 100, ['outer'])], edges: [], labels: [] }).nodeOverlaps).toEqual([]);
    expect(analyse({ nodes: [outer, grp('other', 250, 10, 100, 100, [])], edges: [], labels: [] }).nodeOverlaps).toEqual(['group “other” overlaps group “outer”']);
  });

  it('without known membership (an SVG), a node belongs to the groups its centre is in', () => {
    const scene = [grp('g', 0, 0, 200, 100), el('in', 10, 10), el('half', 120, 10), el('across', 180, 50)];
    expect(inferAncestors(scene).map((n) => n.ancestors)).toEqual([[], ['g'], ['g'], []]);
    expect(analyse({ nodes: scene, edges: [], labels: [] }).nodeOverlaps).toEqual(['“half” sticks out of its group “g”', '“across” overlaps group “g”']);
  });
});

describe('edge crossings', () => {
  const nodes = [el('a', 0, 0), el('b', 400, 0), el('mid', 200, 0)];

  it('an edge through a node that is not its end is counted once per node', () => {
    const edge = { id: 'e', name: 'a→b', lines: line([100, 20], [400, 20]), ends: ['a', 'b'] };
    expect(analyse({ nodes, edges: [edge], labels: [] }).edgeCrossings).toEqual(['edge “a→b” crosses “mid”']);
    // Going around it: no crossing.
    const around = { ...edge, lines: line([100, 20], [150, 20], [150, 60], [350, 60], [350, 20], [400, 20]) };
    expect(analyse({ nodes, edges: [around], labels: [] }).edgeCrossings).toEqual([]);
  });

  it('its own ends and their groups are exempt; another group is crossed', () => {
    const g = grp('g', -10, -10, 130, 70, []);
    const member = el('a', 0, 0, 100, 40, ['g']);
    const other = grp('h', 180, -20, 150, 100, []);
    const edge = { id: 'e', name: 'a→b', lines: line([50, 20], [400, 20]), ends: ['a', 'b'] };
    expect(analyse({ nodes: [g, member, el('b', 400, 0), other], edges: [edge], labels: [] }).edgeCrossings).toEqual(['edge “a→b” crosses group “h”']);
  });

  it('an exported path finds its ends at the boxes its first and last points touch (innermost)', () => {
    const nodes2 = [grp('g', -10, -10, 130, 70), el('a', 0, 0), el('b', 400, 0)];
    expect(inferEnds({ id: 'p', name: '', lines: line([102, 20], [398, 20]) }, nodes2)).toEqual(['a', 'b']);
    const found = analyse({ nodes: [...nodes2, el('mid', 200, 0)], edges: [{ id: 'p', name: 'p', lines: line([102, 20], [398, 20]) }], labels: [] });
    expect(found.edgeCrossings).toEqual(['edge “p” crosses “mid”']);
  });
});

describe('label overlaps', () => {
  const lab = (id: string, x: number, y: number) => ({ id, name: id, box: { x, y, width: 30, height: 16 } });

  it('a label on a node or on another label is counted; clear labels are not', () => {
    const found = analyse({ nodes: [el('n', 0, 0)], edges: [], labels: [lab('on', 90, 10), lab('free', 200, 10), lab('twin', 210, 12)] });
    expect(found.labelOverlaps).toEqual(['label “on” on “n”', 'label “free” overlaps label “twin”']);
  });

  it('inside a group clear of its outline is fine; on the outline is not', () => {
    const g = grp('g', 0, 0, 200, 100, []);
    expect(analyse({ nodes: [g], edges: [], labels: [lab('inside', 50, 50)] }).labelOverlaps).toEqual([]);
    expect(analyse({ nodes: [g], edges: [], labels: [lab('edge', 185, 50)] }).labelOverlaps).toEqual(['label “edge” on the outline of group “g”']);
  });
});

describe('group titles', () => {
  it('an edge into its own group may not run through the group title; a label may not sit on it', () => {
    const g = grp('g', 0, 0, 300, 200, []);
    const member = el('a', 100, 60, 100, 40, ['g']);
    const title = { id: 'title-0', name: '关键资源', box: { x: 120, y: 8, width: 60, height: 20 } };
    const through = { id: 'e', name: 'b→a', lines: line([150, -100], [150, 60]), ends: ['b', 'a'] };
    const beside = { id: 'f', name: 'b→a', lines: line([110, -100], [110, 60]), ends: ['b', 'a'] };
    const scene = { nodes: [g, member, el('b', 100, -140)], labels: [], titles: [title] };
    expect(analyse({ ...scene, edges: [through] }).edgeCrossings).toEqual(['edge “b→a” crosses the title “关键资源”']);
    expect(analyse({ ...scene, edges: [beside] }).edgeCrossings).toEqual([]);
    const lab = { id: 'l', name: '提供', box: { x: 170, y: 10, width: 40, height: 18 } };
    expect(analyse({ ...scene, edges: [], labels: [lab] }).labelOverlaps).toEqual(['label “提供” on the title “关键资源”']);
  });
});
