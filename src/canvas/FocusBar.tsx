import { useEffect } from 'react';
import { Panel } from '@xyflow/react';
import { endFocus } from '../commands/presentCommands';
import { localize } from '../model/language';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';

const editable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * While a focus is on (issue 14), a bar says what is in focus and how to end it; Esc ends it.
 * Esc is handled here, not as a command shortcut: a command's key is always taken from the page,
 * and Esc must keep closing dialogs and menus when there is no focus to end.
 */
export function FocusBar() {
  const t = useT();
  const focus = useAppStore((s) => s.focus);
  const name = useAppStore((s) => {
    const first = s.focus?.ids.map((id) => s.doc.nodes.find((n) => n.id === id)).find(Boolean);
    return first ? localize(first.label, first.labels, s.diagramLang, s.doc.meta.language).text : '';
  });
  useEffect(() => {
    if (!focus) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || editable(event.target) || useAppStore.getState().dialog) return;
      endFocus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focus]);
  if (!focus) return null;
  return (
    <Panel position="top-center" className="tm-focus-bar">
      <span role="status">{t('focus.on', { name, hops: focus.hops })}</span>
      <button type="button" className="tm-button" onClick={endFocus}>
        {t('cmd.endFocus')}
      </button>
    </Panel>
  );
}
