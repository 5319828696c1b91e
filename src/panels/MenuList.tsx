import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatShortcut, isMac } from '../commands/keys';
import { SEPARATOR } from '../commands/menus';
import { focusAt, type Entry } from './menuEntries';
import { runCommand } from '../commands/run';
import type { Command } from '../commands/types';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import { useHistoryFlags } from './useHistoryFlags';
import './menuBar.css';

const mac = typeof navigator !== 'undefined' && isMac(navigator.platform);

type Props = {
  /** The menu's accessible name. */
  label: string;
  entries: Entry[];
  focusLast?: boolean;
  /** `refocus`: Esc was pressed, so focus goes back where the menu was opened from. */
  onClose: (refocus: boolean) => void;
  /** ←/→: the menu bar moves to the next menu; a context menu has none. */
  onMove?: (step: number) => void;
  className?: string;
  style?: CSSProperties;
};

/**
 * One open menu of commands with their shortcuts, enabled live from the store (the menu bar's
 * menus and the context menu, issue 11 and 14). ↑/↓/Home/End move, Enter/Space run, Esc closes.
 */
export function MenuList({ label, entries, focusLast = false, onClose, onMove, className, style }: Props) {
  const t = useT();
  const flags = useHistoryFlags();
  const list = useRef<HTMLDivElement>(null);
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
      ArrowRight: () => onMove?.(1),
      ArrowLeft: () => onMove?.(-1),
      Tab: () => onClose(false),
    };
    const action = keys[event.key];
    if (!action) return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
    action();
  };

  return (
    <div ref={list} role="menu" aria-label={label} className={`tm-menu${className ? ` ${className}` : ''}`} style={style} onKeyDown={onKeyDown}>
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
