import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatShortcut, isMac } from '../commands/keys';
import { MENUS, SEPARATOR, type MenuDef } from '../commands/menus';
import { runCommand } from '../commands/run';
import { findCommand } from '../commands/table';
import type { Command } from '../commands/types';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { useHistoryFlags } from './useHistoryFlags';
import './menuBar.css';

const mac = typeof navigator !== 'undefined' && isMac(navigator.platform);

type Entry = Command | typeof SEPARATOR;
const entriesOf = (menu: MenuDef): Entry[] =>
  menu.items.flatMap((id): Entry[] => {
    if (id === SEPARATOR) return [SEPARATOR];
    const command = findCommand(id);
    return command ? [command] : [];
  });

/** Focus moves by `step` among `items`, wrapping around (WAI-ARIA menu pattern). */
function focusAt(items: HTMLElement[], index: number) {
  const n = items.length;
  if (n > 0) items[((index % n) + n) % n].focus();
}

type MenuProps = { menu: MenuDef; focusLast: boolean; onClose: (refocus: boolean) => void; onMove: (step: number) => void };

/** One open menu: its commands with their shortcuts, enabled live from the store. */
function Menu({ menu, focusLast, onClose, onMove }: MenuProps) {
  const t = useT();
  const flags = useHistoryFlags();
  const list = useRef<HTMLDivElement>(null);
  const entries = entriesOf(menu);
  const enabled = useAppStore(useShallow((s) => entries.map((e) => e !== SEPARATOR && (e.enabled ? e.enabled(s, flags) : true))));
  const items = () => [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    const all = items();
    (focusLast ? all.at(-1) : all[0])?.focus();
  }, [focusLast]);

  const activate = (command: Command, i: number) => {
    if (!enabled[i]) return;
    onClose(false);
    void runCommand(command);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusAt(all, at + 1),
      ArrowUp: () => focusAt(all, at - 1),
      Home: () => focusAt(all, 0),
      End: () => focusAt(all, all.length - 1),
      Escape: () => onClose(true),
      ArrowRight: () => onMove(1),
      ArrowLeft: () => onMove(-1),
      Tab: () => onClose(false),
    };
    const action = keys[event.key];
    if (!action) return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
    action();
  };

  return (
    <div ref={list} role="menu" aria-label={t(menu.label)} className="tm-menu" onKeyDown={onKeyDown}>
      {entries.map((entry, i) =>
        entry === SEPARATOR ? (
          <div key={`sep-${i}`} role="separator" className="tm-menu-separator" />
        ) : (
          <button
            key={entry.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            aria-disabled={!enabled[i] || undefined}
            className="tm-menu-item"
            onClick={() => activate(entry, i)}
          >
            <span>{t(entry.label)}</span>
            {entry.shortcuts?.[0] && (
              <span className="tm-menu-shortcut" aria-hidden="true">
                {formatShortcut(entry.shortcuts[0], mac)}
              </span>
            )}
          </button>
        ),
      )}
    </div>
  );
}

/**
 * The menu bar (issue 11): File, Edit, View, Layout, Help, arranged by commands/menus.ts over the
 * one command table. Keyboard as in the WAI-ARIA menubar pattern: one tab stop; ←/→ between menus,
 * ↓/Enter/Space open, ↑ opens at the last item, Esc closes and returns focus, Home/End.
 */
export function MenuBar() {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [focusLast, setFocusLast] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const tops = () => [...(bar.current?.querySelectorAll<HTMLElement>(':scope > .tm-menubar-entry > [role="menuitem"]') ?? [])];

  // A click anywhere outside closes the open menu.
  useEffect(() => {
    if (open === null) return;
    const onDown = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const openAt = (index: number, last = false) => {
    const n = MENUS.length;
    const i = ((index % n) + n) % n;
    setActive(i);
    setFocusLast(last);
    setOpen(i);
  };
  const close = (refocus: boolean) => {
    const i = open ?? active;
    setOpen(null);
    if (refocus) tops()[i]?.focus();
  };

  const onTopKey = (event: KeyboardEvent, i: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => (focusAt(tops(), i + 1), setActive((i + 1) % MENUS.length)),
      ArrowLeft: () => (focusAt(tops(), i - 1), setActive((i - 1 + MENUS.length) % MENUS.length)),
      Home: () => (focusAt(tops(), 0), setActive(0)),
      End: () => (focusAt(tops(), MENUS.length - 1), setActive(MENUS.length - 1)),
      ArrowDown: () => openAt(i),
      Enter: () => openAt(i),
      ' ': () => openAt(i),
      ArrowUp: () => openAt(i, true),
      Escape: () => close(true),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div ref={bar} role="menubar" aria-label={t('menu.bar')} className="tm-menubar">
      {MENUS.map((menu, i) => (
        <div key={menu.id} className="tm-menubar-entry">
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === i}
            tabIndex={i === active ? 0 : -1}
            className="tm-menubar-item"
            onClick={() => (open === i ? setOpen(null) : openAt(i))}
            onPointerEnter={() => open !== null && open !== i && openAt(i)}
            onKeyDown={(e) => onTopKey(e, i)}
          >
            {t(menu.label)}
          </button>
          {open === i && <Menu menu={menu} focusLast={focusLast} onClose={close} onMove={(step) => openAt(i + step)} />}
        </div>
      ))}
    </div>
  );
}
