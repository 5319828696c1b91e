import { useEffect, useRef } from 'react';
import { formatShortcut, isMac } from '../commands/keys';
import { commands } from '../commands/table';
import type { StringKey } from '../i18n/strings';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import './editing.css';

const mac = typeof navigator !== 'undefined' && isMac(navigator.platform);

/** Gestures that are not commands but belong in the help. */
const MOUSE: [StringKey, StringKey][] = [
  ['shortcuts.handleDrag', 'shortcuts.handleDragAction'],
  ['shortcuts.doubleClick', 'shortcuts.doubleClickAction'],
  ['shortcuts.shiftClick', 'shortcuts.shiftClickAction'],
  ['shortcuts.shiftDrag', 'shortcuts.shiftDragAction'],
];

/** Keys on the canvas that are not commands (issue 14 §6): tab order, relations, the context menu. */
const KEYBOARD: [StringKey, StringKey][] = [
  ['shortcuts.tab', 'shortcuts.tabAction'],
  ['shortcuts.selectKey', 'shortcuts.selectKeyAction'],
  ['shortcuts.relationKey', 'shortcuts.relationKeyAction'],
  ['shortcuts.menuKey', 'shortcuts.menuKeyAction'],
  ['shortcuts.newNode', 'shortcuts.newNodeAction'],
];

/**
 * The shortcuts help (`?`): every command of the table with its shortcuts, written for this
 * platform (Ctrl or ⌘). A modal <dialog>: it traps focus, Escape closes it, and focus returns to
 * where it was. Keys pressed inside it do not reach the app's shortcuts.
 */
export function ShortcutsHelp() {
  const t = useT();
  const open = useAppStore((s) => s.dialog === 'shortcuts');
  const setDialog = useAppStore((s) => s.setDialog);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom has no showModal
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="tm-dialog tm-shortcuts"
      aria-labelledby="tm-shortcuts-title"
      onClose={() => setDialog(null)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          setDialog(null);
        }
      }}
    >
      <header className="tm-dialog-header">
        <h2 id="tm-shortcuts-title">{t('shortcuts.title')}</h2>
        <button type="button" className="tm-icon-button" aria-label={t('shortcuts.close')} onClick={() => setDialog(null)}>
          ×
        </button>
      </header>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.command')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((c) => (
            <tr key={c.id}>
              <td>{t(c.label)}</td>
              <td>
                {(c.shortcuts ?? []).map((s) => (
                  <kbd key={s}>{formatShortcut(s, mac)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('shortcuts.keyboard')}</h3>
      <table>
        <tbody>
          {KEYBOARD.map(([keys, action]) => (
            <tr key={keys}>
              <td>{t(action)}</td>
              <td>{t(keys)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('shortcuts.mouse')}</h3>
      <table>
        <tbody>
          {MOUSE.map(([gesture, action]) => (
            <tr key={gesture}>
              <td>{t(action)}</td>
              <td>{t(gesture)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
