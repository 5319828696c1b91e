import { describe, expect, it } from 'vitest';
import { figure2Model } from '../model/testing/validity';
import { estimatedBounds, nearlySame } from './useLoadFraming';

describe('framing a model drawn in slices', () => {
  it('estimates the bounds from stored positions, measured sizes and the default size', () => {
    const doc = { ...figure2Model(), nodes: figure2Model().nodes.filter((n) => n.parent === undefined && n.kind !== 'group').slice(0, 2) };
    const [a, b] = doc.nodes;
    const placed = { ...doc, nodes: [{ ...a!, position: { x: 0, y: 0 } }, { ...b!, position: { x: 500, y: 300 }, size: undefined }] };
    const bounds = estimatedBounds(placed, new Map([[a!.id, { width: 100, height: 40 }]]));
    // b has no size and is not measured: the default node size (200 × 60) stands in for it.
    expect(bounds).toEqual({ x: 0, y: 0, width: 700, height: 360 });
  });

  it('has no bounds for an empty model', () => {
    expect(estimatedBounds({ ...figure2Model(), nodes: [], edges: [] }, new Map())).toBeUndefined();
  });

  it('treats viewports a few pixels and under a percent of zoom apart as the same frame', () => {
    expect(nearlySame({ x: 10, y: 10, zoom: 0.1 }, { x: 14, y: 6, zoom: 0.1005 })).toBe(true);
    expect(nearlySame({ x: 10, y: 10, zoom: 0.1 }, { x: 30, y: 10, zoom: 0.1 })).toBe(false);
    expect(nearlySame({ x: 10, y: 10, zoom: 0.1 }, { x: 10, y: 10, zoom: 0.11 })).toBe(false);
  });
});
