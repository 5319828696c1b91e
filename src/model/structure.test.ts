import { describe, expect, it } from 'vitest';
import { absolutePosition, nodesById } from './geometry';
import { localize } from './language';
import { untranslated } from './lint';
import { parentsComeFirst } from './order';
import { addNode, nudgeNodes, removeElements } from './structure';
import { smallModel } from './testing/editFixtures';
import { sequentialIds } from './testing/ids';

describe('addNode', () => {
  it('adds a node of the kind with a fresh id and the kind’s label, and no translations (untranslated until named)', () => {
    const doc = smallModel();
    const { doc: next, id } = addNode(doc, { kind: 'actor', position: { x: 10.4, y: 20.6 } }, sequentialIds());
    expect(id).toBe('actor-1');
    const node = next.nodes.find((n) => n.id === id)!;
    expect(node).toEqual({ id: 'actor-1', kind: 'actor', label: '关键主体', position: { x: 10, y: 21 } });
    expect(next.nodes).toHaveLength(doc.nodes.length + 1);
    expect(doc.nodes).toHaveLength(5); // input untouched
  });
  it('leaves a new node untranslated: English shows the original label, marked missing, and Problems counts it', () => {
    const { doc, id } = addNode(smallModel(), { kind: 'driver', position: { x: 0, y: 0 } }, sequentialIds());
    const node = doc.nodes.find((n) => n.id === id)!;
    expect(localize(node.label, node.labels, 'en', doc.meta.language)).toEqual({ text: '关键驱动力', missing: true });
    expect(untranslated(doc, 'en')).toContainEqual({ type: 'node', id });
  });
  it('never reuses an id', () => {
    let doc = smallModel();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const r = addNode(doc, { kind: 'driver', position: { x: 0, y: 0 } }, sequentialIds());
      doc = r.doc;
      ids.add(r.id!);
    }
    expect(ids.size).toBe(5);
    expect(new Set(doc.nodes.map((n) => n.id)).size).toBe(doc.nodes.length);
  });
  it('gives a group the default size and converts a position inside a parent group', () => {
    const { doc, id } = addNode(smallModel(), { kind: 'group', position: { x: 150, y: 170 }, parent: 'g1' }, sequentialIds());
    const node = doc.nodes.find((n) => n.id === id)!;
    expect(node.size).toEqual({ width: 320, height: 220 });
    expect(node.parent).toBe('g1');
    expect(node.position).toEqual({ x: 50, y: 70 });
    expect(parentsComeFirst(doc.nodes)).toBe(true);
  });
  it('refuses an unknown kind and leaves the document as it was', () => {
    const doc = smallModel();
    expect(addNode(doc, { kind: 'nope', position: { x: 0, y: 0 } }, sequentialIds())).toEqual({ doc });
  });
});

describe('removeElements', () => {
  it('removes the edges of removed nodes too', () => {
    const next = removeElements(smallModel(), ['a2']);
    expect(next.nodes.map((n) => n.id)).toEqual(['g1', 'a1', 'd1', 'r1']);
    expect(next.edges.map((e) => e.id)).toEqual(['e1']);
  });
  it('removes selected edges alone', () => {
    const next = removeElements(smallModel(), [], ['e2']);
    expect(next.nodes).toHaveLength(5);
    expect(next.edges.map((e) => e.id)).toEqual(['e1', 'e3']);
  });
  it('un-parents the children of a removed group, keeping where they are on screen', () => {
    const doc = smallModel();
    const before = absolutePosition(nodesById(doc), 'a1');
    const next = removeElements(doc, ['g1']);
    const a1 = next.nodes.find((n) => n.id === 'a1')!;
    expect(a1.parent).toBeUndefined();
    expect(a1.position).toEqual(before);
    expect(next.edges).toHaveLength(3); // the children keep their edges
    expect(parentsComeFirst(next.nodes)).toBe(true);
  });
  it('moves children of a removed nested group to the surviving outer group', () => {
    let doc = smallModel();
    doc = { ...doc, nodes: [...doc.nodes.slice(0, 1), { id: 'inner', kind: 'group', label: 'I', parent: 'g1', position: { x: 10, y: 10 } }, ...doc.nodes.slice(1).map((n) => (n.id === 'a1' ? { ...n, parent: 'inner', position: { x: 5, y: 6 } } : n))] };
    const next = removeElements(doc, ['inner']);
    const a1 = next.nodes.find((n) => n.id === 'a1')!;
    expect(a1.parent).toBe('g1');
    expect(a1.position).toEqual({ x: 15, y: 16 });
  });
  it('returns the same document when nothing is removed', () => {
    const doc = smallModel();
    expect(removeElements(doc, ['missing'], ['missing'])).toBe(doc);
  });
});

describe('nudgeNodes', () => {
  it('moves the nodes, and a child of a moved group only with its group', () => {
    const next = nudgeNodes(smallModel(), ['g1', 'a1', 'a2'], 10, -5);
    const pos = (id: string) => next.nodes.find((n) => n.id === id)!.position;
    expect(pos('g1')).toEqual({ x: 110, y: 95 });
    expect(pos('a1')).toEqual({ x: 16, y: 44 });
    expect(pos('a2')).toEqual({ x: 610, y: 95 });
  });
  it('is a no-op for zero or unknown', () => {
    const doc = smallModel();
    expect(nudgeNodes(doc, ['a2'], 0, 0)).toBe(doc);
    expect(nudgeNodes(doc, ['zz'], 1, 1)).toBe(doc);
  });
});
