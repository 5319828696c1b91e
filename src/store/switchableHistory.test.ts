import { describe, expect, it, vi } from 'vitest';
import type { History } from './history';
import { createSwitchableHistory } from './switchableHistory';

function fake(name: string, log: string[]): History & { fire(): void } {
  const listeners = new Set<() => void>();
  return {
    undo: () => log.push(`${name}.undo`),
    redo: () => log.push(`${name}.redo`),
    canUndo: () => name === 'live',
    canRedo: () => false,
    clear: () => log.push(`${name}.clear`),
    capture: (policy, write) => {
      log.push(`${name}.capture:${policy}`);
      write();
    },
    size: () => ({ undo: name === 'live' ? 1 : 0, redo: 0 }),
    top: () => name,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    fire: () => listeners.forEach((l) => l()),
  };
}

describe('the editor history with a stand-in', () => {
  it('answers with its own history, then with the stand-in, then its own again', () => {
    const log: string[] = [];
    const own = fake('own', log);
    const live = fake('live', log);
    const { history, swap } = createSwitchableHistory(own);
    history.undo();
    let given: History | undefined;
    swap((o) => ((given = o), live));
    expect(given).toBe(own);
    history.undo();
    history.capture('merge', () => log.push('write'));
    expect(history.canUndo()).toBe(true);
    swap(null);
    history.redo();
    expect(history.canUndo()).toBe(false);
    expect(log).toEqual(['own.undo', 'live.undo', 'live.capture:merge', 'write', 'own.redo']);
  });

  it('tells its subscribers of a swap and of the current history’s changes only', () => {
    const own = fake('own', []);
    const live = fake('live', []);
    const { history, swap } = createSwitchableHistory(own);
    const listener = vi.fn();
    history.subscribe(listener);
    own.fire();
    expect(listener).toHaveBeenCalledTimes(1);
    swap(() => live);
    expect(listener).toHaveBeenCalledTimes(2);
    own.fire();
    expect(listener).toHaveBeenCalledTimes(2);
    live.fire();
    expect(listener).toHaveBeenCalledTimes(3);
    swap(null);
    live.fire();
    expect(listener).toHaveBeenCalledTimes(4);
  });
});
