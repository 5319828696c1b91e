import { describe, expect, it } from 'vitest';
import { nodeIndex } from './nodeIndex';
import type { ModelNode } from './types';

const node = (id: string, x = 0): ModelNode => ({ id, kind: 'actor', label: id, position: { x, y: 0 } });

describe('nodeIndex', () => {
  it('finds each node of whichever array it is asked about, as a map of that array would', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const lookupIn = nodeIndex();
    let a = Array.from({ length: 40 }, (_, i) => node(`n${i}`, i));
    const ids = [...a.map((n) => n.id), 'missing', 'added1', 'added2'];
    for (let round = 0; round < 80; round++) {
      let b = a.map((n) => (rand() < 0.3 ? { ...n, position: { x: n.position.x + 1, y: 0 } } : n));
      if (rand() < 0.2) b = [...b].sort(() => rand() - 0.5);
      if (rand() < 0.1) b = [...b, node(rand() < 0.5 ? 'added1' : 'added2')].filter((n, i, all) => all.findIndex((m) => m.id === n.id) === i);
      if (rand() < 0.1) b = b.filter((n) => n.id !== `n${Math.floor(rand() * 40)}`);
      for (const nodes of [a, b, a, b]) {
        const want = new Map(nodes.map((n) => [n.id, n]));
        const got = lookupIn(nodes);
        for (const id of ids) {
          expect(got.get(id)).toBe(want.get(id));
          expect(got.has(id)).toBe(want.has(id));
        }
      }
      a = b;
    }
  });
});
