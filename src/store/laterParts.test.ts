import { describe, expect, it } from 'vitest';
import { loadLaterParts, registerLaterPart } from './laterParts';

describe('later parts', () => {
  it('waits for every registered part, and a failed download does not stop the others', async () => {
    const arrived: string[] = [];
    registerLaterPart(() => new Promise((resolve) => setTimeout(() => resolve(arrived.push('slow')), 20)));
    registerLaterPart(() => Promise.reject(new Error('offline')));
    registerLaterPart(() => Promise.resolve(arrived.push('fast')));
    await expect(loadLaterParts()).resolves.toBeUndefined();
    expect(arrived.sort()).toEqual(['fast', 'slow']);
  });
});
