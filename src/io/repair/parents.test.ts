import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/message';
import type { ModelNode, TheoryModel } from '../../model/types';
import { COORDINATE_LIMIT } from '../../model/coordinates';
import { validModel } from '../testing/fixtures';
import { repairParents } from './parents';

function withNodes(nodes: ModelNode[]): TheoryModel {
  return { ...validModel(), nodes, edges: [] };
}
const at = (x: number, y: number) => ({ x, y });

describe('repairParents', () => {
  it('clears a parent that does not exist', () => {
    const { model, notes } = repairParents(withNodes([{ id: 'a', kind: 'actor', label: 'a', position: at(5, 5), parent: 'nope' }]));
    expect(model.nodes[0]).toEqual({ id: 'a', kind: 'actor', label: 'a', position: at(5, 5) });
    expect(notes).toEqual([expect.objectContaining({ code: 'parent-missing', ids: ['a'] })]);
  });

  it('clears a node that is its own parent', () => {
    const { model, notes } = repairParents(withNodes([{ id: 'g', kind: 'group', label: 'g', position: at(0, 0), parent: 'g' }]));
    expect(model.nodes[0].parent).toBeUndefined();
    expect(notes[0].code).toBe('parent-cycle');
  });

  it('breaks a cycle at the node listed first, and only once', () => {
    const { model, notes } = repairParents(
      withNodes([
        { id: 'x', kind: 'group', label: 'x', position: at(0, 0) },
        { id: 'b', kind: 'group', label: 'b', position: at(0, 0), parent: 'c' },
        { id: 'a', kind: 'group', label: 'a', position: at(0, 0), parent: 'b' },
        { id: 'c', kind: 'group', label: 'c', position: at(0, 0), parent: 'a' },
      ]),
    );
    expect(model.nodes.map((n) => n.parent)).toEqual([undefined, undefined, 'b', 'a']);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'parent-cycle', ids: ['b'] });
  });

  it('takes a node out of a non-group parent and keeps it where it was drawn', () => {
    const { model, notes } = repairParents(
      withNodes([
        { id: 'g', kind: 'group', label: 'g', position: at(100, 100) },
        { id: 'e', kind: 'actor', label: 'e', position: at(10, 10), parent: 'g' },
        { id: 'c', kind: 'actor', label: 'c', position: at(1, 2), parent: 'e' },
        { id: 'cg', kind: 'group', label: 'cg', position: at(3, 3), parent: 'c' },
        { id: 'leaf', kind: 'actor', label: 'leaf', position: at(1, 1), parent: 'cg' },
      ]),
    );
    const byId = new Map(model.nodes.map((n) => [n.id, n]));
    expect(byId.get('c')).toMatchObject({ position: at(111, 112) });
    expect(byId.get('c')?.parent).toBeUndefined();
    expect(byId.get('cg')).toMatchObject({ position: at(114, 115) });
    expect(byId.get('cg')?.parent).toBeUndefined();
    expect(byId.get('leaf')).toMatchObject({ parent: 'cg', position: at(1, 1) });
    expect(byId.get('e')).toMatchObject({ parent: 'g', position: at(10, 10) });
    expect(notes.map((n) => [n.code, n.ids?.[0]])).toEqual([
      ['parent-not-group', 'c'],
      ['parent-not-group', 'cg'],
    ]);
  });

  it('handles a 20,000-deep chain without overflowing the stack', () => {
    const nodes: ModelNode[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `n${i}`,
      kind: i === 19_999 ? 'actor' : 'group',
      label: '',
      position: at(1, 1),
      ...(i > 0 ? { parent: `n${i - 1}` } : {}),
    }));
    nodes[0] = { ...nodes[0], parent: 'n19999' }; // close a huge cycle through a non-group
    const { model, notes } = repairParents(withNodes(nodes));
    expect(notes.map((n) => n.code)).toEqual(['parent-cycle']);
    expect(model.nodes[0].parent).toBeUndefined();
  });

  it('returns the same model when there is nothing to repair', () => {
    const model = validModel();
    expect(repairParents(model).model).toBe(model);
  });
});

describe('repairParents: re-homing that overflows (issue 17, defect 2)', () => {
  it('a child at 1e308 inside a non-group at 1e308 gets a finite position in the figure range, with a note', () => {
    const { model, notes } = repairParents(
      withNodes([
        { id: 'p', kind: 'actor', label: 'p', position: at(1e308, -1e308) },
        { id: 'c', kind: 'actor', label: 'c', position: at(1e308, -1e308), parent: 'p' },
      ]),
    );
    const c = model.nodes[1];
    expect(Number.isFinite(c.position.x) && Number.isFinite(c.position.y)).toBe(true);
    expect(c.position).toEqual(at(COORDINATE_LIMIT, -COORDINATE_LIMIT));
    expect(notes).toEqual([expect.objectContaining({ code: 'parent-not-group', ids: ['c'] })]);
    expect(inEnglish(notes[0].message)).toMatch(/far outside the figure/);
  });
});
