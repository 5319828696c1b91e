import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, sanitize } from './sanitize';

describe('sanitize', () => {
  it('drops __proto__, constructor and prototype at every depth and reports where', () => {
    const parsed = JSON.parse('{"__proto__":{"a":1},"x":{"constructor":{"prototype":{"b":2}},"y":[{"prototype":1,"z":2}]}}');
    const result = sanitize(parsed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ x: { y: [{ z: 2 }] } });
    expect(result.droppedPaths).toEqual([['__proto__'], ['x', 'constructor'], ['x', 'y', 0, 'prototype']]);
    // The copies have no prototype at all (issue 17): the dropped "__proto__" value did not become one,
    // and a later lookup by a key from the file cannot reach Object.prototype's members.
    expect(Object.getPrototypeOf(result.value)).toBeNull();
    expect((result.value as Record<string, unknown>).a).toBeUndefined();
    expect((result.value as Record<string, unknown>).toString).toBeUndefined();
  });

  it('keeps only JSON-shaped values from objects handed in directly', () => {
    const input = { f: () => 1, d: new Date(0), u: undefined, s: Symbol('s'), list: [undefined, () => 1, 2], n: null };
    const result = sanitize(input);
    expect(result.ok && result.value).toEqual({ list: [null, null, 2], n: null });
  });

  it('refuses absurd nesting and cycles instead of overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_DEPTH + 5; i++) deep = [deep];
    expect(sanitize(deep)).toEqual({ ok: false, reason: 'too-deep' });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(sanitize(cyclic)).toEqual({ ok: false, reason: 'too-deep' });
  });
});
