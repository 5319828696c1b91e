import fc from 'fast-check';
import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { freshId, randomIds } from './ids';
import { orderedNodes, parentsComeFirst } from './order';
import { isOrderKey, keepKeys, settleKeys, sortByOrder, usesKeys, withoutKey } from './orderKeys';
import type { ModelNode } from './types';

type Item = { id: string; order?: string };
const item = (id: string, order?: string): Item => ({ id, ...(order === undefined ? {} : { order }) });
const ids = (list: Item[]) => list.map((e) => e.id);
const increasing = (list: Item[]) => list.every((e, i) => isOrderKey(e.order) && (i === 0 || list[i - 1].order! < e.order!));

describe('order keys', () => {
  it('knows a fractional index from anything else', () => {
    expect(['a0', 'a0V', 'Zz', 'b00'].map(isOrderKey)).toEqual([true, true, true, true]);
    expect(['', 'a', '!', 'a00', 'x'.repeat(600), undefined, 3].map(isOrderKey)).toEqual([false, false, false, false, false, false, false]);
  });

  it('sorts by key by code unit, keyless elements travelling with the one before them', () => {
    const list = [item('x'), item('b', 'a1'), item('y'), item('a', 'a0'), item('B', 'Zz')];
    expect(ids(sortByOrder(list))).toEqual(['x', 'B', 'a', 'b', 'y']);
    const sorted = [item('a', 'a0'), item('b', 'a1')];
    expect(sortByOrder(sorted)).toBe(sorted);
  });

  it('settles keys by changing as few as possible', () => {
    const list = [item('a', 'a0'), item('new'), item('b', 'a1'), item('dup', 'a1'), item('c', 'a2'), item('bad', '!!')];
    const settled = settleKeys(list);
    expect(increasing(settled)).toBe(true);
    expect(settled[0]).toBe(list[0]);
    expect(settled[2]).toBe(list[2]);
    expect(settled[4]).toBe(list[4]);
    expect(ids(settled)).toEqual(ids(list));
    const fine = [item('a', 'a0'), item('b', 'a1')];
    expect(settleKeys(fine)).toBe(fine);
  });

  it('moving one element re-keys that element only', () => {
    const list = ['a0', 'a1', 'a2', 'a3', 'a4'].map((k, i) => item(`n${i}`, k));
    const moved = [list[4], ...list.slice(0, 4)];
    const settled = settleKeys(moved);
    expect(settled.slice(1)).toEqual(list.slice(0, 4));
    expect(settled[0].order! < 'a0').toBe(true);
  });

  it('leaves a keyless list keyless, and keys an empty one', () => {
    const keyless = [item('a'), item('b')];
    expect(usesKeys(keyless)).toBe(false);
    expect(keepKeys(keyless, [...keyless, item('c')])).toEqual([item('a'), item('b'), item('c')]);
    expect(usesKeys([])).toBe(true);
    expect(keepKeys([], [item('c')])).toEqual([item('c', 'a0')]);
  });

  it('property: any list settles to strictly increasing keys in its own order, keeping a longest increasing run', () => {
    const key = fc.oneof(fc.constant(undefined), fc.constant('!'), fc.constantFrom('a0', 'a1', 'a2', 'a0V', 'Zz', 'b00', 'a5'));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
        const list = keys.map((k, i) => item(`n${i}`, k));
        const settled = settleKeys(list);
        expect(ids(settled)).toEqual(ids(list));
        expect(increasing(settled)).toBe(true);
        expect(settleKeys(settled)).toBe(settled);
        expect(sortByOrder(settled)).toBe(settled);
      }),
    );
  });

  it('property: two writers inserting at the same time get distinct ids and one consistent order', () => {
    // Both start from the same keyed list; each inserts elements at positions of their choosing
    // without seeing the other's. Merging the element sets and sorting by key gives an order that
    // keeps each writer's own relative order and the shared elements' order, whoever merges.
    const insertions = fc.array(fc.nat(), { maxLength: 12 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), insertions, insertions, (size, atA, atB) => {
        const base = settleKeys(Array.from({ length: size }, (_, i) => item(`base-${i}`)));
        const write = (at: number[]) => {
          const newId = randomIds();
          let list = base;
          const taken = new Set(ids(base));
          for (const pick of at) {
            const i = pick % (list.length + 1);
            const lo = i > 0 ? list[i - 1].order! : null;
            const hi = i < list.length ? list[i].order! : null;
            list = [...list.slice(0, i), item(freshId(newId, 'actor', taken), generateKeyBetween(lo, hi)), ...list.slice(i)];
          }
          return list;
        };
        const a = write(atA);
        const b = write(atB);
        const added = [...a, ...b].filter((e) => !e.id.startsWith('base-'));
        expect(new Set(ids(added)).size).toBe(added.length);
        const merge = (x: Item[], y: Item[]) => sortByOrder([...x, ...y.filter((e) => !x.some((f) => f.id === e.id))]);
        const ab = merge(a, b);
        const ba = merge(b, a);
        const rank = (list: Item[]) => new Map(list.map((e, i) => [e.id, i]));
        for (const own of [a, b]) {
          const r = rank(ab);
          for (let i = 1; i < own.length; i++) expect(r.get(own[i - 1].id)! <= r.get(own[i].id)!).toBe(true);
        }
        // Same keys on both sides except where both writers chose the same key: one order either way.
        const keysAB = ab.map((e) => e.order);
        expect(keysAB).toEqual(ba.map((e) => e.order));
        // After settling (what import does), keys are distinct and the merged order is kept.
        const settled = settleKeys(ab);
        expect(increasing(settled)).toBe(true);
        expect(ids(settled)).toEqual(ids(ab));
      }),
      { numRuns: 200 },
    );
  });

  it('property: parents come first for any order keys', () => {
    const node = (id: string, order: string | undefined, parent: string | undefined): ModelNode => ({
      id,
      kind: 'group',
      label: id,
      position: { x: 0, y: 0 },
      ...(order === undefined ? {} : { order }),
      ...(parent === undefined ? {} : { parent }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.constantFrom('a0', 'a1', 'a2', 'a0V', 'Zz', 'b00'), { nil: undefined }), fc.nat()), { minLength: 1, maxLength: 25 }),
        (spec) => {
          // Parents are earlier ids only, so the forest is acyclic, as repair guarantees.
          const nodes = spec.map(([order, p], i) => node(`n${i}`, order, i > 0 && p % 3 !== 0 ? `n${p % i}` : undefined));
          const ordered = orderedNodes([...nodes].reverse());
          expect(parentsComeFirst(ordered)).toBe(true);
          expect(new Set(ids(ordered))).toEqual(new Set(ids(nodes)));
          // Keys settled where the nodes now stand (what edits and import do): the order is a fixed point.
          const settled = settleKeys(ordered);
          expect(orderedNodes(settled)).toBe(settled);
          // With distinct keys on every node, the array order of the input does not matter at all.
          const distinct = settleKeys(nodes.map(withoutKey));
          const a = orderedNodes([...distinct].reverse());
          const b = orderedNodes([...distinct.slice(1), distinct[0]]);
          expect(ids(a)).toEqual(ids(b));
        },
      ),
    );
  });
});
