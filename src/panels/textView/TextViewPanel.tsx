import { useEffect, useRef, useState } from 'react';
import type { StringKey } from '../../i18n/strings';
import { translator } from '../../i18n/translate';
import { print, type TextError } from '../../io/text';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { ToolPanel } from '../ToolPanel';
import { createEditor, type TextEditor } from './editor';
import { initialText, TextSync, type SyncStatus } from './textSync';
import './textView.css';

/** A text error in the UI language of the moment (the editor outside React asks when it draws a marker). */
function message(e: TextError): string {
  return translator(useAppStore.getState().uiLang)(`textView.error.${e.code}` as StringKey, e.params);
}

/**
 * The text view (issue 12 item 2): the model as editable text beside the canvas. Loaded lazily with
 * CodeMirror (ToolPanels.tsx), so neither is in the first bundle. Syncing lives in textSync.ts.
 */
export function TextViewPanel() {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const parts = useRef<{ sync: TextSync; editor: TextEditor } | null>(null);
  const [status, setStatus] = useState<SyncStatus>({ errors: [] });

  useEffect(() => {
    if (!host.current) return;
    const sync = new TextSync({ onStatus: setStatus, message });
    const label = translator(useAppStore.getState().uiLang)('textView.editorLabel');
    const editor = createEditor(host.current, initialText(useAppStore.getState().doc, print), sync, label);
    parts.current = { sync, editor };
    return () => {
      sync.destroy();
      editor.view.destroy();
      parts.current = null;
    };
  }, []);

  // The UI language changed: the editor's name and the markers' messages follow.
  useEffect(() => {
    parts.current?.editor.setLabel(t('textView.editorLabel'));
    parts.current?.sync.relabel();
  }, [t]);

  const count = status.errors.length;
  return (
    <ToolPanel title={t('textView.title')}>
      <div className="tm-text-view">
        <p className="tm-text-hint">{t('textView.hint')}</p>
        <div className="tm-text-editor" ref={host} />
        <p className={`tm-text-status${count > 0 || status.refused ? ' tm-text-status-bad' : ''}`} role="status">
          {status.refused ? t('textView.refused', { message: status.refused }) : count > 0 ? t('textView.problems', { count }) : t('textView.ok')}
        </p>
        {count > 0 && (
          <ul className="tm-text-errors" aria-label={t('textView.problems', { count })}>
            {status.errors.slice(0, 5).map((e) => (
              <li key={`${e.from}:${e.code}`}>
                {e.line}:{e.column} {message(e)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </ToolPanel>
  );
}
