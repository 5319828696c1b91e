import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LAYOUT_MENU } from '../../commands/layoutCommands';
import { runCommand } from '../../commands/run';
import { findCommand } from '../../commands/table';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { useHistoryFlags } from '../useHistoryFlags';
import { FigureSettings } from './FigureSettings';
import { useKeepInView } from './useKeepInView';

const items = LAYOUT_MENU.map((item) => ({ ...item, command: findCommand(item.id)! }));

type Props = { id: string; onClose: (focusButton: boolean) => void; anchor: RefObject<HTMLButtonElement | null> };

/**
 * The layout menu: one radio item per layout (choosing one remembers it and runs it), then the
 * Figure preset's settings, which are stored with the model. Arrow keys move between items,
 * Escape closes and returns to the menu button, a click outside closes.
 */
export function LayoutMenu({ id, onClose, anchor }: Props) {
  const t = useT();
  const flags = useHistoryFlags();
  const box = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const choice = useAppStore((s) => s.layoutChoice);
  const enabled = useAppStore(useShallow((s) => items.map((i) => i.command.enabled!(s, flags))));
  useKeepInView(box);

  // Focus the current choice on open (or the first item that can run).
  useEffect(() => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]') ?? [])];
    (buttons.find((b) => b.getAttribute('aria-checked') === 'true' && !b.disabled) ?? buttons.find((b) => !b.disabled))?.focus();
  }, []);

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (box.current?.contains(target) || anchor.current?.contains(target)) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [onClose, anchor]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
      return;
    }
    const list = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]:not(:disabled)') ?? [])];
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at < 0 ? -1 : at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(-1);
    else return;
    event.preventDefault();
  };

  return (
    <div ref={box} className="tm-layout-popover" onKeyDown={onKeyDown}>
      <div ref={menu} id={id} role="menu" aria-label={t('cmd.layoutOptions')}>
        {items.map((item, i) => (
          <button
            key={item.id}
            type="button"
            role="menuitemradio"
            aria-checked={choice === item.choice}
            disabled={!enabled[i]}
            tabIndex={-1}
            onClick={() => {
              onClose(false);
              void runCommand(item.command);
            }}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
      <FigureSettings />
    </div>
  );
}
