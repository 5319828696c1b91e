import { describe, expect, it } from 'vitest';
import { CONTEXT_MENUS, KEY_ONLY, MENUS, SEPARATOR, contextItems } from './menus';
import { commands } from './table';

describe('menus', () => {
  const listed = MENUS.flatMap((m) => m.items.filter((id) => id !== SEPARATOR));

  it('lists every command of the table once, except the key-only ones', () => {
    const ids = commands.map((c) => c.id);
    const missing = ids.filter((id) => !listed.includes(id) && !KEY_ONLY.includes(id));
    expect(missing).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('names only commands that exist', () => {
    const ids = new Set(commands.map((c) => c.id));
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
    expect(KEY_ONLY.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has no separator at the start or end of a menu, and no two in a row', () => {
    for (const menu of MENUS) {
      expect(menu.items[0], menu.id).not.toBe(SEPARATOR);
      expect(menu.items.at(-1), menu.id).not.toBe(SEPARATOR);
      expect(menu.items.some((id, i) => id === SEPARATOR && menu.items[i + 1] === SEPARATOR), menu.id).toBe(false);
    }
  });
});

describe('context menus', () => {
  const ids = new Set(commands.map((c) => c.id));

  it('name only commands that exist', () => {
    for (const items of Object.values(CONTEXT_MENUS)) expect(items.filter((id) => id !== SEPARATOR && !ids.has(id))).toEqual([]);
  });

  it('offer Connect to… on a node', () => {
    expect(CONTEXT_MENUS.node).toContain('connectTo');
  });

  it('keep only what applies, without stray separators', () => {
    const items = ['a', SEPARATOR, 'b', SEPARATOR, 'c', SEPARATOR, 'd'];
    expect(contextItems(items, (id) => id !== 'b')).toEqual(['a', SEPARATOR, 'c', SEPARATOR, 'd']);
    expect(contextItems(items, (id) => id === 'c')).toEqual(['c']);
    expect(contextItems(items, (id) => id === 'a' || id === 'd')).toEqual(['a', SEPARATOR, 'd']);
    expect(contextItems(items, () => false)).toEqual([]);
  });
});
