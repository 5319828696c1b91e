import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MENUS } from '../commands/menus';
import { useT } from '../store/hooks';
import { lazyPart } from '../canvas/lazyPart';
import { entriesOf, focusAt } from './menuEntries';
import './menuBar.css';

// An open menu is not on screen at first paint (issue 15): loaded then, or when the page is idle.
const MenuList = lazyPart(() => import('./MenuList'), 'MenuList');

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
          {open === i && <MenuList label={t(menu.label)} entries={entriesOf(menu.items)} focusLast={focusLast} onClose={close} onMove={(step) => openAt(i + step)} />}
        </div>
      ))}
    </div>
  );
}
