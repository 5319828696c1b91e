import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COORDINATE_LIMIT, LABEL_OFFSET_LIMIT } from '../../model/coordinates';
import type { ModelNode, TheoryModel } from '../../model/types';
import { importModel } from '../importModel';
import { serializeModel } from '../serialize';
import { validModel } from '../testing/fixtures';
import { repairCoordinates } from './coordinates';

const attack = (name: string) => readFileSync(new URL(`../testing/attacks/${name}`, import.meta.url), 'utf8');
const withNodes = (nodes: ModelNode[]): TheoryModel => ({ ...validModel(), nodes, edges: [] });

describe('re-homing far outside the figure (issue 17, defect 2)', () => {
  it('the attack file loads with finite, in-range positions, and its export loads again', () => {
    const first = importModel(attack('rehome-infinity.json'));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    for (const n of first.model.nodes) {
      expect(Number.isFinite(n.position.x) && Number.isFinite(n.position.y)).toBe(true);
      expect(Math.abs(n.position.x)).toBeLessThanOrEqual(COORDINATE_LIMIT);
    }
    const child = first.model.nodes.find((n) => n.id === 'c')!;
    expect(child.parent).toBeUndefined();
    expect(child.position).toEqual({ x: COORDINATE_LIMIT, y: COORDINATE_LIMIT });
    expect(first.report.map((n) => n.code)).toEqual(expect.arrayContaining(['coordinate-clamped', 'parent-not-group']));
    const text = serializeModel(first.model);
    expect(text).not.toContain('null');
    const again = importModel(text);
    expect(again.ok && again.report).toEqual([]);
    expect(again.ok && serializeModel(again.model)).toBe(text);
  });
});

describe('repairCoordinates', () => {
  it('clamps positions and sizes outside the range, one note each, ids listed', () => {
    const ok: ModelNode = { id: 'ok', kind: 'actor', label: 'c', position: { x: COORDINATE_LIMIT, y: -COORDINATE_LIMIT } };
    const { model, notes } = repairCoordinates(
      withNodes([
        { id: 'far', kind: 'actor', label: 'a', position: { x: -1e12, y: 5 } },
        { id: 'big', kind: 'actor', label: 'b', position: { x: 0, y: 0 }, size: { width: 1e300, height: 40 } },
        ok,
      ]),
    );
    expect(model.nodes[0].position).toEqual({ x: -COORDINATE_LIMIT, y: 5 });
    expect(model.nodes[1].size).toEqual({ width: COORDINATE_LIMIT, height: 40 });
    expect(model.nodes[2]).toBe(ok); // at the limit is inside
    expect(notes.map((n) => [n.code, n.ids])).toEqual([
      ['coordinate-clamped', ['far']],
      ['size-clamped', ['big']],
    ]);
  });

  it('drops bends outside the range and far label placements; leaves a good model the same object', () => {
    const base = validModel();
    const doc: TheoryModel = {
      ...base,
      edges: [
        { ...base.edges[0], bends: [{ x: 1, y: 2 }, { x: 3e7, y: 0 }], labelAt: { along: 0.5, offset: LABEL_OFFSET_LIMIT + 1 } },
      ],
    };
    const { model, notes } = repairCoordinates(doc);
    expect(model.edges[0].bends).toBeUndefined();
    expect(model.edges[0].labelAt).toBeUndefined();
    expect(notes.map((n) => n.code)).toEqual(['bends-removed', 'label-placement-removed']);
    const good = { ...base, edges: [{ ...base.edges[0], bends: [{ x: 1, y: 2 }], labelAt: { along: 0.2, offset: -30 } }] };
    expect(repairCoordinates(good).model).toBe(good);
  });
});

describe('edge geometry the schema would refuse (v3 bends / labelAt)', () => {
  it('drops non-finite bends and placements, clamps along, and the file still loads', () => {
    const doc = JSON.parse(serializeModel(validModel())) as { edges: Record<string, unknown>[] };
    doc.edges[0].bends = [{ x: 1, y: 2 }];
    doc.edges[0].labelAt = { along: 7, offset: 3 };
    doc.edges.push({ id: 'e2', source: 'a1', target: 'd1', relation: 'motivates', bends: [{ x: 0, y: 0 }], labelAt: { along: 0.5, offset: 0 } });
    const text = JSON.stringify(doc).replace('"bends":[{"x":0,"y":0}]', '"bends":[{"x":1e999,"y":0}]').replace('"offset":0}', '"offset":-1e999}');
    const result = importModel(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.edges[0].labelAt).toEqual({ along: 1, offset: 3 });
    expect(result.model.edges[0].bends).toEqual([{ x: 1, y: 2 }]);
    expect(result.model.edges[1].bends).toBeUndefined();
    expect(result.model.edges[1].labelAt).toBeUndefined();
    expect(result.report.map((n) => n.code)).toEqual(expect.arrayContaining(['bends-removed', 'label-placement-removed']));
  });
});
