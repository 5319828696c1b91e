import { describe, expect, it } from 'vitest';
import { toScene, type RawScene } from './read';

const identity = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
const raw: RawScene = {
  nodes: [
    { id: 'outer', name: 'Outer', group: true, ellipse: false, box: { x: 0, y: 0, width: 300, height: 200 } },
    { id: 'inner', name: 'Inner', group: true, ellipse: false, box: { x: 10, y: 10, width: 150, height: 100 } },
    { id: 'a', name: 'A', group: false, ellipse: false, box: { x: 20, y: 20, width: 50, height: 30 } },
    { id: 'b', name: 'B', group: false, ellipse: true, box: { x: 400, y: 20, width: 50, height: 30 } },
  ],
  edges: [{ id: 'e1', name: 'A → B', d: 'M72,35 L398,35', m: { ...identity, e: 1 } }],
  labels: [{ name: 'rel', box: { x: 200, y: 28, width: 30, height: 14 } }],
};

describe('toScene', () => {
  it('gives canvas nodes their whole chain of groups and edges their known ends, in transformed coordinates', () => {
    const scene = toScene(raw, { parents: new Map([['a', 'inner'], ['inner', 'outer']]), ends: new Map([['e1', ['a', 'b']]]) });
    expect(scene.nodes.find((n) => n.id === 'a')?.ancestors).toEqual(['inner', 'outer']);
    expect(scene.nodes.find((n) => n.id === 'outer')?.ancestors).toEqual([]);
    expect(scene.edges[0]).toMatchObject({ ends: ['a', 'b'], name: 'A → B', lines: [[{ x: 73, y: 35 }, { x: 399, y: 35 }]] });
    expect(scene.labels).toEqual([{ id: 'label-0', name: 'rel', box: raw.labels[0].box }]);
  });

  it('a cycle in the parents (a corrupt file) ends the chain instead of looping', () => {
    const scene = toScene(raw, { parents: new Map([['inner', 'outer'], ['outer', 'inner']]), ends: new Map() });
    expect(scene.nodes.find((n) => n.id === 'inner')?.ancestors).toEqual(['outer']);
  });

  it('without a model (an SVG) leaves membership to inference and names edges by the boxes they join', () => {
    const scene = toScene({ ...raw, edges: [{ ...raw.edges[0], name: 'path 1' }] });
    expect(scene.nodes.every((n) => n.ancestors === undefined)).toBe(true);
    expect(scene.edges[0].ends).toBeUndefined();
    expect(scene.edges[0].name).toBe('A → B');
  });
});
