import { SEPARATOR } from '../commands/menus';
import { findCommand } from '../commands/table';
import type { Command } from '../commands/types';

/**
 * What a menu lists, apart from the menu itself (MenuList.tsx, a lazy part: no menu is open at
 * first paint, issue 15): the menu bar needs these to open one.
 */
export type Entry = Command | typeof SEPARATOR;

/** Command ids (and separators) → the table's commands; unknown ids are left out. */
export const entriesOf = (items: readonly string[]): Entry[] =>
  items.flatMap((id): Entry[] => {
    if (id === SEPARATOR) return [SEPARATOR];
    const command = findCommand(id);
    return command ? [command] : [];
  });

/** Focus moves to `index` among `items`, wrapping around (WAI-ARIA menu pattern). */
export function focusAt(items: HTMLElement[], index: number) {
  const n = items.length;
  if (n > 0) items[((index % n) + n) % n].focus();
}
