// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figure2Model } from '../model/testing/validity';
import { useAppStore } from '../store/appStore';
import { createTestEditor } from '../store/testing/testEditor';
import { useFlowElements } from './useFlowElements';

beforeEach(() => {
  createTestEditor({ state: { doc: figure2Model(), uiLang: 'en', diagramLang: 'en' } });
});
afterEach(cleanup);

// React Flow re-renders every node and edge whose object changes: a change that concerns one
// node must leave the others' objects alone (issue 17: each slice of a large model re-drew
// everything drawn before it, because the aria-name makers were new with every view).
describe('useFlowElements keeps the objects of what did not change', () => {
  it('one newly measured node gives only that node a new object, and the edges stay the same array', () => {
    const { result } = renderHook(() => useFlowElements());
    const before = result.current;
    const [first, ...rest] = before.nodes;
    act(() => useAppStore.getState().setMeasured(new Map([[first!.id, { width: 150, height: 48 }]])));
    const after = result.current;
    expect(after.nodes[0]).not.toBe(first);
    expect(after.nodes[0]!.measured).toEqual({ width: 150, height: 48 });
    expect(after.nodes.slice(1)).toHaveLength(rest.length);
    after.nodes.slice(1).forEach((n, i) => expect(n).toBe(rest[i]));
    expect(after.edges).toBe(before.edges);
  });

  it('selecting one node gives only that node a new object', () => {
    const { result } = renderHook(() => useFlowElements());
    const before = result.current.nodes;
    act(() => useAppStore.getState().setSelection({ nodes: new Set([before[1]!.id]), edges: new Set() }));
    const after = result.current.nodes;
    expect(after[1]!.selected).toBe(true);
    const changed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed).toEqual([before[1]!.id]);
  });
});
