import { describe, expect, it } from 'vitest';
import { smallModel } from '../model/testing/editFixtures';
import type { TheoryModel } from '../model/types';
import { buildLayoutInput, choiceBlocked, estimateLabelSize, figureSettings, layoutRequest, unmeasured } from './layoutInput';
import { loadFigure2 } from './testing/figure2';

describe('estimateLabelSize', () => {
  it('counts a CJK character as one 12 px em and others as 7 px, plus padding and border', () => {
    expect(estimateLabelSize('驱动')).toEqual({ width: 24 + 14, height: 20 });
    expect(estimateLabelSize('supports')).toEqual({ width: 8 * 7 + 14, height: 20 });
    expect(estimateLabelSize('合作 with')).toEqual({ width: 24 + 5 * 7 + 14, height: 20 });
  });
  it('stops at the label\'s max width (it ellipsizes there) and gives no box to an empty label', () => {
    expect(estimateLabelSize('长'.repeat(40))!.width).toBe(220);
    expect(estimateLabelSize('')).toBeUndefined();
  });
  it('counts a character outside the BMP once', () => {
    expect(estimateLabelSize('𠀀')!.width).toBe(12 + 14);
  });
});

describe('buildLayoutInput', () => {
  it('uses a fixed size, else the measured size, else the default; keeps parents and positions', () => {
    const doc: TheoryModel = {
      ...smallModel(),
      nodes: [
        { id: 'g', kind: 'group', label: 'G', position: { x: 5, y: 6 }, size: { width: 300, height: 200 } },
        { id: 'a', kind: 'actor', label: 'A', position: { x: 16, y: 44 }, parent: 'g' },
        { id: 'b', kind: 'actor', label: 'B', position: { x: 1, y: 2 }, size: { width: 90, height: 40 } },
        { id: 'c', kind: 'actor', label: 'C', position: { x: 3, y: 4 } },
        { id: 'orphan', kind: 'actor', label: 'O', position: { x: 0, y: 0 }, parent: 'gone' },
      ],
      edges: [],
    };
    const input = buildLayoutInput(doc, new Map([['a', { width: 180, height: 52 }], ['b', { width: 1, height: 1 }]]), 'en');
    expect(input.nodes).toEqual([
      { id: 'g', kind: 'group', width: 300, height: 200, x: 5, y: 6 },
      { id: 'a', kind: 'actor', parent: 'g', width: 180, height: 52, x: 16, y: 44 },
      { id: 'b', kind: 'actor', width: 90, height: 40, x: 1, y: 2 },
      { id: 'c', kind: 'actor', width: 200, height: 60, x: 3, y: 4 },
      // A parent that does not exist is dropped rather than failing the whole layout.
      { id: 'orphan', kind: 'actor', width: 200, height: 60, x: 0, y: 0 },
    ]);
  });

  it('sizes each edge label from the text the canvas shows: its own label, else the relation\'s, in the diagram language', () => {
    const fig = loadFigure2();
    const withOwn: TheoryModel = { ...fig, edges: [{ ...fig.edges[0], label: 'x', labels: { en: 'a long own label' } }, ...fig.edges.slice(1)] };
    const zh = buildLayoutInput(withOwn, new Map(), 'zh');
    const en = buildLayoutInput(withOwn, new Map(), 'en');
    expect(zh.edges[0]).toMatchObject({ labelWidth: estimateLabelSize('x')!.width });
    expect(en.edges[0]).toMatchObject({ labelWidth: estimateLabelSize('a long own label')!.width });
    const relation = fig.vocabulary.relationTypes.find((r) => r.id === fig.edges[1].relation)!;
    expect(zh.edges[1]).toMatchObject({ labelWidth: estimateLabelSize(relation.label)!.width, labelHeight: 20 });
  });
});

describe('layoutRequest', () => {
  const fig = loadFigure2();
  it('maps each menu choice to a kernel request', () => {
    // Every request carries the model's edge style, so ELK routes to match it (issue 10).
    expect(layoutRequest('figure', fig, [])).toEqual({ algorithm: 'figure', direction: 'RIGHT', bands: [['driver'], ['actor'], ['resource']], edgeStyle: 'orthogonal' });
    expect(layoutRequest('layered-right', fig, [])).toEqual({ algorithm: 'layered', direction: 'RIGHT', edgeStyle: 'orthogonal' });
    expect(layoutRequest('layered-down', { ...fig, style: { edges: 'curved' } }, [])).toEqual({ algorithm: 'layered', direction: 'DOWN', edgeStyle: 'curved' });
    expect(layoutRequest('organic', fig, [])).toMatchObject({ algorithm: 'organic' });
    expect(layoutRequest('radial', fig, ['actor-school'])).toMatchObject({ algorithm: 'radial', rootId: 'actor-school' });
    expect(layoutRequest('selection', fig, ['a', 'b'])).toMatchObject({ algorithm: 'figure', selection: ['a', 'b'] });
  });
  it('uses the kernel defaults when the model stores no Figure settings', () => {
    expect(figureSettings(undefined)).toEqual({ direction: 'RIGHT', bands: [['driver'], ['actor'], ['resource']] });
    expect(figureSettings({ direction: 'DOWN', bands: [] })).toEqual({ direction: 'DOWN', bands: [] });
  });
  it('says when a choice cannot run with the selection', () => {
    expect(choiceBlocked('radial', [])).toBe('needs-one-node');
    expect(choiceBlocked('radial', ['a', 'b'])).toBe('needs-one-node');
    expect(choiceBlocked('radial', ['a'])).toBeNull();
    expect(choiceBlocked('selection', [])).toBe('needs-selection');
    expect(choiceBlocked('figure', [])).toBeNull();
  });
});

describe('unmeasured', () => {
  it('lists elements without a fixed or measured size; groups never wait', () => {
    const fig = loadFigure2();
    const all = unmeasured(fig, new Map());
    expect(all).toContain('actor-school');
    expect(all.some((id) => id.startsWith('grp-'))).toBe(false);
    expect(unmeasured(fig, new Map(all.map((id) => [id, { width: 1, height: 1 }])))).toEqual([]);
  });
});
