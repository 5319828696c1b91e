import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CONTEXT_MENUS, contextItems } from '../commands/menus';
import { isEnabled } from '../commands/run';
import { findCommand } from '../commands/table';
import type { Command } from '../commands/types';
import type { StringKey } from '../i18n/strings';
import { useAppStore } from '../store/appStore';
import type { ContextMenuState } from '../store/keysSlice';
import { useT } from '../store/hooks';
import { entriesOf } from './menuEntries';
import { MenuList } from './MenuList';

const NAMES: Record<ContextMenuState['on'], StringKey> = { node: 'contextMenu.node', edge: 'contextMenu.edge', pane: 'contextMenu.pane' };
/** Shown alone when nothing applies, so the menu is never an empty box (nor a menu without items). */
const NOTHING: Command = { id: 'contextMenu.empty', label: 'contextMenu.empty', enabled: () => false, run: () => {} };

function ContextMenuView({ menu }: { menu: ContextMenuState }) {
  const t = useT();
  const close = useAppStore((s) => s.setContextMenu);
  const box = useRef<HTMLDivElement>(null);
  // Where focus was when the menu opened (the node, the relation): it goes back there on close.
  // Read on the first render, before the menu's own effect moves focus into it.
  const [returnTo] = useState(() => document.activeElement);
  const [place, setPlace] = useState({ left: menu.x, top: menu.y });
  // What applies to the selection now; the table says whether each command can run.
  const entries = useMemo(() => {
    const ids = contextItems(CONTEXT_MENUS[menu.on], (id) => {
      const command = findCommand(id);
      return command !== undefined && isEnabled(command);
    });
    return ids.length > 0 ? entriesOf(ids) : [NOTHING];
  }, [menu.on]);

  // Kept inside the window: opened near the right or bottom edge, it opens to the left or above.
  useLayoutEffect(() => {
    const r = box.current?.getBoundingClientRect();
    if (!r) return;
    setPlace({
      left: Math.max(4, Math.min(menu.x, window.innerWidth - r.width - 4)),
      top: Math.max(4, Math.min(menu.y, window.innerHeight - r.height - 4)),
    });
  }, [menu.x, menu.y]);

  const done = () => {
    close(null);
    if (returnTo instanceof HTMLElement || returnTo instanceof SVGElement) {
      if (returnTo.isConnected) returnTo.focus({ preventScroll: true });
    }
  };

  // A press anywhere outside closes it.
  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) close(null);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [close]);

  return (
    <div ref={box} className="tm-context-menu" style={{ position: 'fixed', left: place.left, top: place.top, zIndex: 60 }}>
      <MenuList label={t(NAMES[menu.on])} entries={entries} onClose={done} className="tm-menu-context" />
    </div>
  );
}

/**
 * The context menu (issue 14 §6): right click, Shift+F10 or the Menu key on the canvas
 * (canvas/useContextMenu.ts says where and on what). It offers the table's commands that apply to
 * the selection (commands/menus.ts), with the menu bar's keys: ↑/↓, Enter, Esc closes and focus
 * returns to the element it was opened on.
 */
export function ContextMenu() {
  const menu = useAppStore((s) => s.contextMenu);
  if (!menu) return null;
  return <ContextMenuView key={`${menu.on}:${menu.x}:${menu.y}`} menu={menu} />;
}
