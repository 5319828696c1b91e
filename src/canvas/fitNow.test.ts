import type { ReactFlowState } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { fitNow } from './fitNow';

const node = (id: string, x: number, y: number, hidden = false) => ({ id, hidden, measured: { width: 100, height: 50 }, internals: { positionAbsolute: { x, y } }, position: { x, y }, data: {} });

function state(initialized: boolean) {
  const calls: { x: number; y: number; zoom: number }[] = [];
  const panZoom = { setViewport: (v: { x: number; y: number; zoom: number }) => (calls.push(v), Promise.resolve(true)) };
  const nodeLookup = new Map([
    ['a', node('a', 0, 0)],
    ['b', node('b', 900, 350)],
    ['h', node('h', 5000, 5000, true)],
  ]);
  const s = { panZoom, nodesInitialized: initialized, nodeLookup, width: 1000, height: 400, minZoom: 0.1, maxZoom: 2 } as unknown as ReactFlowState;
  return { s, calls };
}

describe('fitNow', () => {
  it('frames every drawn node at once, leaving hidden ones out', () => {
    const { s, calls } = state(true);
    expect(fitNow(s, { padding: 0, duration: 0 })).toBe(true);
    expect(calls).toHaveLength(1);
    // The drawn nodes span 1000 × 400 px: exactly the pane at zoom 1, from the origin.
    expect(calls[0].zoom).toBeCloseTo(1);
    expect(calls[0].x).toBeCloseTo(0);
    expect(calls[0].y).toBeCloseTo(0);
  });

  it('leaves the fit to React Flow while a node is not measured', () => {
    const { s, calls } = state(false);
    expect(fitNow(s, { padding: 0 })).toBe(false);
    expect(calls).toHaveLength(0);
  });
});
