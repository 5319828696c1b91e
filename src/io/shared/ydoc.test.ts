import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inEnglish } from '../../i18n/message';
import { figure2Model } from '../../model/testing/validity';
import type { TheoryModel } from '../../model/types';
import { importModel } from '../importModel';
import { serializeModel } from '../serialize';
import { readModel, sharedMaps, writeModel } from './ydoc';

const moved = (doc: TheoryModel, id: string, dx: number): TheoryModel => ({
  ...doc,
  nodes: doc.nodes.map((n) => (n.id === id ? { ...n, position: { x: n.position.x + dx, y: n.position.y } } : n)),
});

function load(doc: Y.Doc): TheoryModel {
  const plain = readModel(sharedMaps(doc));
  expect(plain).not.toBeNull();
  const result = importModel(plain);
  if (!result.ok) throw new Error(inEnglish(result.error.message));
  return result.model;
}

describe('the model as a Yjs document', () => {
  it('comes back through the import path as the same file', () => {
    const model = figure2Model();
    const doc = new Y.Doc();
    doc.transact(() => writeModel(sharedMaps(doc), undefined, model));
    // Without order keys (format v3) elements come back sorted by id; with them, in their order.
    const byId = (m: TheoryModel) => serializeModel({ ...m, nodes: [...m.nodes].sort((x, y) => (x.id < y.id ? -1 : 1)), edges: [...m.edges].sort((x, y) => (x.id < y.id ? -1 : 1)) });
    expect(byId(load(doc))).toBe(byId(model));
  });

  it('carries the presentation steps (format v5), and a peer removing them removes them', () => {
    const model: TheoryModel = { ...figure2Model(), presentation: { steps: [{ id: 's1', name: '学生', elementIds: ['actor-student'], camera: { x: 0, y: 0, width: 900, height: 600 }, notes: '先讲学生' }] } };
    const doc = new Y.Doc();
    doc.transact(() => writeModel(sharedMaps(doc), undefined, model));
    expect(load(doc).presentation).toEqual(model.presentation);
    const without = { ...model };
    delete without.presentation;
    doc.transact(() => writeModel(sharedMaps(doc), model, without));
    expect(load(doc).presentation).toBeUndefined();
  });

  it('is empty (no model) before anyone writes one', () => {
    expect(readModel(sharedMaps(new Y.Doc()))).toBeNull();
  });

  it('writes only what changed: a move is one field of one node', () => {
    const model = figure2Model();
    const doc = new Y.Doc();
    doc.transact(() => writeModel(sharedMaps(doc), undefined, model));
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const next = moved(model, model.nodes[3].id, 40);
    doc.transact(() => writeModel(sharedMaps(doc), model, next));
    expect(updates).toHaveLength(1);
    expect(updates[0].byteLength).toBeLessThan(120);
    expect(sharedMaps(doc).nodes.get(model.nodes[3].id)?.get('position')).toEqual(next.nodes[3].position);
  });

  it('keeps both of two concurrent edits to different fields of one node', () => {
    const model = figure2Model();
    const a = new Y.Doc();
    a.transact(() => writeModel(sharedMaps(a), undefined, model));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const id = model.nodes[3].id;
    a.transact(() => writeModel(sharedMaps(a), model, moved(model, id, 25)));
    const relabelled = { ...model, nodes: model.nodes.map((n) => (n.id === id ? { ...n, label: '新名称' } : n)) };
    b.transact(() => writeModel(sharedMaps(b), model, relabelled));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const fromA = load(a);
    expect(serializeModel(fromA)).toBe(serializeModel(load(b)));
    const node = fromA.nodes.find((n) => n.id === id);
    expect(node?.label).toBe('新名称');
    expect(node?.position.x).toBe(model.nodes[3].position.x + 25);
  });

  it('repairs the same way on every peer: an edge to a node another peer deleted', () => {
    const model = figure2Model();
    const a = new Y.Doc();
    a.transact(() => writeModel(sharedMaps(a), undefined, model));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const victim = model.edges[0].target;
    const withoutNode = { ...model, nodes: model.nodes.filter((n) => n.id !== victim), edges: model.edges.filter((e) => e.source !== victim && e.target !== victim) };
    a.transact(() => writeModel(sharedMaps(a), model, withoutNode));
    const newEdge = { id: 'e-concurrent', source: model.edges[0].source, target: victim, relation: model.edges[0].relation };
    b.transact(() => writeModel(sharedMaps(b), model, { ...model, edges: [...model.edges, newEdge] }));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const ra = importModel(readModel(sharedMaps(a)));
    const rb = importModel(readModel(sharedMaps(b)));
    expect(ra.ok && rb.ok).toBe(true);
    if (!ra.ok || !rb.ok) return;
    expect(ra.model.edges.some((e) => e.id === 'e-concurrent')).toBe(false);
    expect(ra.report.map((n) => n.code)).toContain('dangling-edge-removed');
    expect(serializeModel(ra.model)).toBe(serializeModel(rb.model));
  });

  it('hands hostile content to the import path: markup stays text, broken numbers are refused', () => {
    const doc = new Y.Doc();
    const maps = sharedMaps(doc);
    doc.transact(() => writeModel(maps, undefined, figure2Model()));
    const evil = new Y.Map<unknown>();
    doc.transact(() => {
      maps.nodes.set('x', evil);
      evil.set('kind', 'actor');
      evil.set('label', '<img src=x onerror=alert(1)>');
      evil.set('position', { x: 10, y: 20 });
    });
    const loaded = importModel(readModel(maps));
    expect(loaded.ok && loaded.model.nodes.find((n) => n.id === 'x')?.label).toBe('<img src=x onerror=alert(1)>');
    doc.transact(() => evil.set('position', { x: 'NaN', y: Number.POSITIVE_INFINITY }));
    const refused = importModel(readModel(maps));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('invalid');
  });
});
