import { describe, expect, it } from 'vitest';
import type { InternalNode, ReactFlowState } from '@xyflow/react';
import type { FlowNode } from '../../io/flow';
import type { AppState } from '../../store/appStore';
import { loadFigure2 } from '../../store/testing/figure2';
import { endsSelector, plannedSelector } from './edgeInputs';

const internal = (id: string, x: number, y: number, width = 200, height = 60) =>
  ({ id, measured: { width, height }, internals: { positionAbsolute: { x, y } }, data: { shape: 'rounded' } }) as unknown as InternalNode<FlowNode>;
const state = (nodes: InternalNode<FlowNode>[]) => ({ nodeLookup: new Map(nodes.map((n) => [n.id, n])) }) as unknown as ReactFlowState;

describe('an edge’s end boxes', () => {
  it('keep their object while neither end changes, even when other nodes move', () => {
    const select = endsSelector('a', 'b');
    const a = internal('a', 0, 0);
    const b = internal('b', 400, 0);
    const first = select(state([a, b, internal('c', 0, 300)]));
    expect(first).toEqual({ s: { x: 0, y: 0, width: 200, height: 60, ellipse: false }, t: { x: 400, y: 0, width: 200, height: 60, ellipse: false } });
    expect(select(state([a, b, internal('c', 50, 300)]))).toBe(first);
    // A new internal object with the same geometry (React Flow re-adopted the node): still the same answer.
    expect(select(state([internal('a', 0, 0), b]))).toBe(first);
  });

  it('change when an end moves or is resized, and are null while an end is missing', () => {
    const select = endsSelector('a', 'b');
    const b = internal('b', 400, 0);
    const first = select(state([internal('a', 0, 0), b]));
    const moved = select(state([internal('a', 10, 0), b]));
    expect(moved).not.toBe(first);
    expect(moved?.s.x).toBe(10);
    expect(select(state([internal('a', 10, 0, 240), b]))?.s.width).toBe(240);
    expect(select(state([b]))).toBeNull();
  });
});

describe('an edge’s planned route, style and document edge', () => {
  const base = () => {
    const doc = loadFigure2();
    return { doc, routes: null, measured: new Map(), layoutTween: null } as unknown as AppState;
  };

  it('keep their object across a change that does not touch the edge', () => {
    const st = base();
    const id = st.doc.edges[0].id;
    const select = plannedSelector(id);
    const first = select(st);
    expect(first.edge?.id).toBe(id);
    const other = { ...st, doc: { ...st.doc, edges: st.doc.edges.map((e, i) => (i === 1 ? { ...e, label: 'changed' } : e)) } } as AppState;
    expect(select(other)).toBe(first);
  });

  it('change when the edge itself or the line style changes', () => {
    const st = base();
    const id = st.doc.edges[0].id;
    const select = plannedSelector(id);
    const first = select(st);
    const edited = { ...st, doc: { ...st.doc, edges: st.doc.edges.map((e, i) => (i === 0 ? { ...e, label: 'changed' } : e)) } } as AppState;
    const second = select(edited);
    expect(second).not.toBe(first);
    expect(second.edge?.label).toBe('changed');
    const curved = { ...edited, doc: { ...edited.doc, style: { ...edited.doc.style, edges: 'curved' } } } as AppState;
    expect(select(curved).style).toBe('curved');
  });

  it('do not ask again on a store write that touches nothing a route’s fit reads (a guide, a selection)', () => {
    const st = base();
    let asked = 0;
    const reveal = new Proxy({ pending: new Set<string>(), previous: st.routes }, { get: (t, k) => (k === 'pending' && asked++, Reflect.get(t, k)) });
    const withReveal = { ...st, routeReveal: reveal } as unknown as AppState;
    const select = plannedSelector(st.doc.edges[0].id);
    const first = select(withReveal);
    const afterFirst = asked;
    expect(afterFirst).toBeGreaterThan(0);
    expect(select({ ...withReveal, guides: { x: [1], y: [] }, selection: { nodes: new Set(['x']), edges: new Set() } } as AppState)).toBe(first);
    expect(asked).toBe(afterFirst);
    // A node moved: asked again.
    const edge = withReveal.doc.edges[0];
    const moveNode = (s: AppState, id: string) => ({ ...s, doc: { ...s.doc, nodes: s.doc.nodes.map((n) => (n.id === id ? { ...n, position: { x: n.position.x + 10, y: n.position.y } } : n)) } }) as AppState;
    select(moveNode(withReveal, edge.source));
    expect(asked).toBeGreaterThan(afterFirst);
  });
});
