/** Shortcut strings (`Mod+Shift+Z`) matched against keyboard events; pure, so it is unit-tested. */

export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

export function isMac(platform: string): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

export function matchesShortcut(event: KeyLike, shortcut: string, mac = false): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const wantMod = mods.has('mod');
  const primary = mac ? event.metaKey : event.ctrlKey;
  const secondary = mac ? event.ctrlKey : event.metaKey;
  if (wantMod !== primary || secondary) return false;
  if (mods.has('alt') !== event.altKey) return false;
  // `?` is typed with Shift on most layouts: don't demand an explicit Shift for printable symbols.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && mods.has('shift') !== event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

/** `Mod+Shift+Z` → `Ctrl+Shift+Z` or `⌘⇧Z`, for menus and the shortcuts help. */
export function formatShortcut(shortcut: string, mac = false): string {
  if (!mac) return shortcut.replace(/^Mod\b/, 'Ctrl').replace(/Arrow(Left|Right|Up|Down)$/, (_m, d: string) => ARROW_GLYPHS[d]);
  return shortcut
    .split('+')
    .map((p) => ({ Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' })[p] ?? ARROW_GLYPHS[p.replace(/^Arrow/, '')] ?? p)
    .join('');
}

const ARROW_GLYPHS: Record<string, string> = { Left: '←', Right: '→', Up: '↑', Down: '↓' };
