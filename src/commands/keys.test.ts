import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut } from './keys';

const ev = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchesShortcut', () => {
  it('matches Mod as Ctrl off the Mac and ⌘ on it', () => {
    expect(matchesShortcut(ev('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(ev('z', { metaKey: true }), 'Mod+Z', true)).toBe(true);
    expect(matchesShortcut(ev('z', { metaKey: true }), 'Mod+Z')).toBe(false);
  });
  it('distinguishes Shift', () => {
    expect(matchesShortcut(ev('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(ev('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
  });
  it('accepts symbols typed with Shift', () => {
    expect(matchesShortcut(ev('?', { shiftKey: true }), '?')).toBe(true);
  });
  it('formats for the platform', () => {
    expect(formatShortcut('Mod+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });
});
