import { describe, expect, it } from 'vitest';
import { KEY_ONLY, MENUS, SEPARATOR } from './menus';
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
