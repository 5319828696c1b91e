import { describe, expect, it } from 'vitest';
import { idAllocator, idStem } from './ids';

describe('ids', () => {
  it('makes ASCII stems and falls back for text without any', () => {
    expect(idStem('Key actor')).toBe('key-actor');
    expect(idStem('关键主体')).toBe('node');
    expect(idStem('关键主体', 'kind')).toBe('kind');
  });
  it('hands out ids not taken, counting on from a numbered stem', () => {
    const next = idAllocator(['actor-1', 'actor-3', 'e-1']);
    expect(next('actor')).toBe('actor-2');
    expect(next('actor')).toBe('actor-4');
    expect(next('actor-3')).toBe('actor-5');
    expect(next('school')).toBe('school-1');
  });
});
