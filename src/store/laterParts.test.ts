import { describe, expect, it } from 'vitest';
import { loader, loadLaterParts, registerLaterPart } from './laterParts';

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

describe('loader', () => {
  it('loads once, keeps the module, and tries a failed download again on the next call', async () => {
    let calls = 0;
    const mod = loader(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ n: calls })));
    expect(mod.now()).toBeUndefined();
    await expect(mod.get()).rejects.toThrow('offline');
    expect(mod.now()).toBeUndefined();
    await expect(mod.get()).resolves.toEqual({ n: 2 });
    await mod.get();
    expect(calls).toBe(2);
    expect(mod.now()).toEqual({ n: 2 });
  });

  it('with preload, is fetched with the later parts', async () => {
    const mod = loader(() => Promise.resolve('here'), { preload: true });
    await loadLaterParts();
    expect(mod.now()).toBe('here');
  });
});
