import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { serializeModel } from '../io/serialize';
import type { RepairNote } from '../io/types';
import { updateNode } from '../model/edits';
import { figure2Model, vocabularyProblems } from '../model/testing/validity';
import type { TheoryModel } from '../model/types';
import { removeRelation } from '../model/vocabularyRemove';
import { bindModel } from './binding';
import { fakePort } from './testing';

/**
 * Issue 13: "after every merge the model is repaired the same way on every peer". Two peers, each
 * with its own Y.Doc and the real binding, edit while apart (nothing exchanged), then exchange
 * their updates as the server would on reconnect. Both must show the same valid document, and
 * both must say what was repaired.
 */
function apart() {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const a = fakePort(figure2Model());
  const b = fakePort({ ...figure2Model(), nodes: [], edges: [] });
  const repairedA = vi.fn<(r: RepairNote[]) => void>();
  const repairedB = vi.fn<(r: RepairNote[]) => void>();
  const bindA = bindModel(docA, a, { onRepaired: repairedA });
  bindA.seed();
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
  bindModel(docB, b, { onRepaired: repairedB });
  const reconnect = () => {
    const fromA = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
    const fromB = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
    Y.applyUpdate(docB, fromA, 'server');
    Y.applyUpdate(docA, fromB, 'server');
  };
  return { a, b, repairedA, repairedB, reconnect };
}

const canonical = (m: TheoryModel) => serializeModel({ ...m, nodes: [...m.nodes].sort((x, y) => (x.id < y.id ? -1 : 1)), edges: [...m.edges].sort((x, y) => (x.id < y.id ? -1 : 1)) });
const codes = (fn: { mock: { calls: [RepairNote[]][] } }) => fn.mock.calls.flatMap(([report]) => report.map((n) => n.code));
const parentOf = (m: TheoryModel, id: string) => m.nodes.find((n) => n.id === id)?.parent;

describe('concurrent edits that break the model are repaired alike on every peer', () => {
  it('a parent cycle from two concurrent re-parentings (A puts x in y, B puts y in x)', () => {
    const { a, b, repairedA, repairedB, reconnect } = apart();
    const x = 'grp-drv-org';
    const y = 'grp-drv-school';
    a.edit(updateNode(a.model(), x, (n) => ({ ...n, parent: y })));
    b.edit(updateNode(b.model(), y, (n) => ({ ...n, parent: x })));
    reconnect();

    expect(canonical(a.model())).toBe(canonical(b.model()));
    // One of the two links is cut, the same one on both sides; the other stays.
    const parents = [parentOf(a.model(), x), parentOf(a.model(), y)];
    expect(parents.filter((p) => p !== undefined)).toHaveLength(1);
    expect(vocabularyProblems(a.model())).toEqual([]);
    expect(codes(repairedA)).toContain('parent-cycle');
    expect(codes(repairedB)).toContain('parent-cycle');

    // Later edits do not tell the same repair again.
    const told = [repairedA.mock.calls.length, repairedB.mock.calls.length];
    a.edit(updateNode(a.model(), 'actor-school', (n) => ({ ...n, label: 'later edit' })));
    reconnect();
    expect(b.model().nodes.find((n) => n.id === 'actor-school')?.label).toBe('later edit');
    expect([repairedA.mock.calls.length, repairedB.mock.calls.length]).toEqual(told);
  });

  it('a relation type removed by A while B draws an edge of that type', () => {
    const { a, b, repairedA, repairedB, reconnect } = apart();
    const used = a.model().edges.find((e) => e.relation === 'supports');
    expect(used).toBeDefined();
    a.edit(removeRelation(a.model(), 'supports', 'cooperates'));
    expect(a.model().vocabulary.relationTypes.some((r) => r.id === 'supports')).toBe(false);
    const drawn = { ...(used as NonNullable<typeof used>), id: 'e-drawn-by-b' };
    b.edit({ ...b.model(), edges: [...b.model().edges, drawn] });
    reconnect();

    expect(canonical(a.model())).toBe(canonical(b.model()));
    // B's edge is kept, and its type is declared again (as a placeholder) so the document is valid.
    expect(a.model().edges.find((e) => e.id === 'e-drawn-by-b')?.relation).toBe('supports');
    expect(a.model().vocabulary.relationTypes.some((r) => r.id === 'supports')).toBe(true);
    expect(vocabularyProblems(a.model())).toEqual([]);
    expect(vocabularyProblems(b.model())).toEqual([]);
    expect(codes(repairedA)).toContain('unknown-relation-added');
    expect(codes(repairedB)).toContain('unknown-relation-added');
  });

  it('an edge drawn by B to a node A deleted', () => {
    const { a, b, repairedA, repairedB, reconnect } = apart();
    const gone = 'actor-student';
    a.edit({ ...a.model(), nodes: a.model().nodes.filter((n) => n.id !== gone), edges: a.model().edges.filter((e) => e.source !== gone && e.target !== gone) });
    const template = b.model().edges.find((e) => e.source === gone || e.target === gone);
    expect(template).toBeDefined();
    b.edit({ ...b.model(), edges: [...b.model().edges, { ...(template as NonNullable<typeof template>), id: 'e-to-gone' }] });
    reconnect();

    expect(canonical(a.model())).toBe(canonical(b.model()));
    expect(a.model().nodes.some((n) => n.id === gone)).toBe(false);
    expect(a.model().edges.some((e) => e.source === gone || e.target === gone)).toBe(false);
    expect(codes(repairedA)).toContain('dangling-edge-removed');
    expect(codes(repairedB)).toContain('dangling-edge-removed');
  });
});
