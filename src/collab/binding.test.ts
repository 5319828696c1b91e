import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { serializeModel } from '../io/serialize';
import { figure2Model } from '../model/testing/validity';
import type { TheoryModel } from '../model/types';
import { bindModel } from './binding';
import { fakePort, linkedDocs, moveNode, relabel } from './testing';

afterEach(() => vi.useRealTimers());

function pair(model: TheoryModel = figure2Model()) {
  const [docA, docB] = linkedDocs();
  const a = fakePort(model);
  const b = fakePort({ ...model, nodes: [], edges: [], meta: { title: 'not yet joined' } });
  const bindA = bindModel(docA, a);
  bindA.seed();
  const bindB = bindModel(docB, b);
  return { a, b, bindA, bindB, docA, docB };
}

const byId = (m: TheoryModel) => serializeModel({ ...m, nodes: [...m.nodes].sort((x, y) => (x.id < y.id ? -1 : 1)), edges: [...m.edges].sort((x, y) => (x.id < y.id ? -1 : 1)) });

describe('the co-editing binding', () => {
  it('gives a joining peer the room model, and an edit in A to B', () => {
    const { a, b } = pair();
    expect(byId(b.model())).toBe(byId(a.model()));
    const id = a.model().nodes[4].id;
    a.edit(relabel(a.model(), id, '新的标签'));
    expect(b.model().nodes.find((n) => n.id === id)?.label).toBe('新的标签');
  });

  it('keeps the unchanged element objects of a remote update', () => {
    const { a, b } = pair();
    const before = b.model();
    const id = a.model().nodes[4].id;
    a.edit(moveNode(a.model(), id, 30));
    const after = b.model();
    expect(after.edges).toBe(before.edges);
    for (const node of after.nodes) if (node.id !== id) expect(node).toBe(before.nodes.find((n) => n.id === node.id));
  });

  it('throttles a drag to one write per interval and always writes the last position', () => {
    vi.useFakeTimers();
    const { a, b, docA } = pair();
    const id = a.model().nodes[4].id;
    let transactions = 0;
    docA.on('afterTransaction', () => transactions++);
    for (let i = 1; i <= 10; i++) {
      a.edit(moveNode(a.model(), id, 1), 'merge');
      vi.advanceTimersByTime(10);
    }
    expect(transactions).toBeGreaterThanOrEqual(2);
    expect(transactions).toBeLessThanOrEqual(4);
    vi.advanceTimersByTime(100);
    expect(b.model().nodes.find((n) => n.id === id)?.position).toEqual(a.model().nodes.find((n) => n.id === id)?.position);
  });

  it('keeps a peer’s rename of a node this peer is dragging (the pending drag frame writes only the position)', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    const id = a.model().nodes[4].id;
    a.edit(moveNode(a.model(), id, 10), 'record');
    a.edit(moveNode(a.model(), id, 10), 'merge'); // waits for the throttle
    b.edit(relabel(b.model(), id, 'renamed by B'));
    a.edit(moveNode(a.model(), id, 10), 'merge');
    vi.advanceTimersByTime(100);
    for (const side of [a, b]) {
      const n = side.model().nodes.find((x) => x.id === id);
      expect(n?.label).toBe('renamed by B');
      expect(n?.position.x).toBe(figure2Model().nodes[4].position.x + 30);
    }
  });

  it("undoes only this peer's change, and a drag as one step", () => {
    vi.useFakeTimers();
    const { a, b, bindA } = pair();
    const mine = a.model().nodes[4].id;
    const theirs = a.model().nodes[5].id;
    const start = a.model().nodes[4].position;
    for (let i = 0; i < 60; i++) a.edit(moveNode(a.model(), mine, 2), 'merge');
    vi.advanceTimersByTime(100);
    b.edit(relabel(b.model(), theirs, 'B 改的'));
    bindA.undoManager.undo();
    expect(a.model().nodes.find((n) => n.id === mine)?.position).toEqual(start);
    expect(b.model().nodes.find((n) => n.id === mine)?.position).toEqual(start);
    expect(a.model().nodes.find((n) => n.id === theirs)?.label).toBe('B 改的');
    expect(bindA.undoManager.canUndo()).toBe(false);
  });

  it('keeps a drag whose first frame records and the rest merge as one step, apart from the edit before it', () => {
    vi.useFakeTimers();
    const { a, bindA } = pair();
    const id = a.model().nodes[4].id;
    const start = a.model().nodes[4].position;
    a.edit(relabel(a.model(), a.model().nodes[6].id, 'earlier edit'));
    a.edit(moveNode(a.model(), id, 5), 'record');
    for (let i = 0; i < 20; i++) a.edit(moveNode(a.model(), id, 5), 'merge');
    vi.advanceTimersByTime(100);
    bindA.undoManager.undo();
    expect(a.model().nodes.find((n) => n.id === id)?.position).toEqual(start);
    expect(a.model().nodes[6].label).toBe('earlier edit');
    bindA.undoManager.undo();
    expect(a.model().nodes[6].label).not.toBe('earlier edit');
  });

  it('writes nothing from a read-only peer', () => {
    const [docA, docB] = linkedDocs();
    const a = fakePort(figure2Model());
    bindModel(docA, a).seed();
    const b = fakePort(figure2Model());
    bindModel(docB, b, { canWrite: false });
    const before = byId(a.model());
    b.edit(relabel(b.model(), b.model().nodes[4].id, 'should not travel'));
    expect(byId(a.model())).toBe(before);
  });

  it('keeps the open model when a peer sends something the import path refuses', () => {
    const { docA } = pair();
    const refused = vi.fn();
    const port = fakePort(figure2Model());
    bindModel(docA, port, { onRefused: refused });
    const kept = port.model();
    docA.getMap('model').set('version', 99);
    expect(refused).toHaveBeenCalledWith(expect.objectContaining({ code: 'future-version' }));
    expect(port.model()).toBe(kept);
  });

  it('leaves out an element a peer broke, tells it once, and keeps taking the room’s edits', () => {
    const { a, docA, docB } = pair();
    const leftOut = vi.fn();
    const port = fakePort(figure2Model());
    bindModel(docB, port, { onLeftOut: leftOut });
    const broken = a.model().nodes[3].id;
    docA.getMap<Y.Map<unknown>>('nodes').get(broken)?.set('position', { x: 'far', y: null });
    expect(port.model().nodes.some((n) => n.id === broken)).toBe(false);
    expect(port.model().nodes).toHaveLength(figure2Model().nodes.length - 1);
    const other = a.model().nodes[6].id;
    a.edit(relabel(a.model(), other, 'still flowing'));
    expect(port.model().nodes.find((n) => n.id === other)?.label).toBe('still flowing');
    expect(leftOut).toHaveBeenCalledTimes(1);
    expect(leftOut).toHaveBeenCalledWith([broken]);
  });

  it('never seeds a room that already has content', () => {
    const { docB, bindB, a } = pair();
    bindB.seed();
    expect(bindB.hasContent()).toBe(true);
    expect(docB.getMap('nodes').size).toBe(a.model().nodes.length);
  });
});
