import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshId, idStem, randomIds, stemOf } from './ids';
import { sequentialIds } from './testing/ids';

describe('ids', () => {
  it('makes ASCII stems and falls back for text without any', () => {
    expect(idStem('Key actor')).toBe('key-actor');
    expect(idStem('关键主体')).toBe('node');
    expect(idStem('关键主体', 'kind')).toBe('kind');
  });
  it('hands out ids not taken, counting on from a numbered stem (the deterministic test generator)', () => {
    const taken = new Set(['actor-1', 'actor-3', 'e-1']);
    const newId = sequentialIds();
    const next = (stem: string) => {
      const id = freshId(newId, stem, taken);
      taken.add(id);
      return id;
    };
    expect(next('actor')).toBe('actor-2');
    expect(next('actor')).toBe('actor-4');
    expect(next('actor-3')).toBe('actor-5');
    expect(next('school')).toBe('school-1');
  });
  it('makes random ids with a readable stem, and a copy of a copy keeps the stem', () => {
    const newId = randomIds();
    const id = newId('actor');
    expect(id).toMatch(/^actor-[0-9A-Za-z]{10}$/);
    expect(stemOf(id)).toBe('actor');
    expect(newId(id)).toMatch(/^actor-[0-9A-Za-z]{10}$/);
    expect(newId('actor-3')).toMatch(/^actor-[0-9A-Za-z]{10}$/);
    expect(stemOf('school')).toBe('school');
    expect(stemOf('pilot-motivates-school')).toBe('pilot-motivates-school');
  });
  it('gives two writers who create ids at the same time, from the same model, distinct ids', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('actor', 'driver', 'e', 'group', 'actor-3'), { minLength: 1, maxLength: 200 }), (stems) => {
        const taken = new Set(['actor-1', 'e-1']);
        // Each writer only knows the shared model, not the other writer's new ids.
        const a = randomIds();
        const b = randomIds();
        const made = stems.flatMap((stem) => [freshId(a, stem, taken), freshId(b, stem, taken)]);
        expect(new Set(made).size).toBe(made.length);
        for (const id of made) expect(taken.has(id)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
  it('refuses to loop forever on a generator that only returns taken ids', () => {
    expect(() => freshId(() => 'x', 'x', new Set(['x']))).toThrow(/taken/);
  });
});
