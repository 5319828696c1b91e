import { useId, type ReactNode } from 'react';
import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';
import './toolPanel.css';

/**
 * A non-modal panel over the canvas (Find and replace, Problems): the canvas stays usable, so a
 * clicked hit or problem can be seen and edited beside the list. Escape closes it.
 */
export function ToolPanel({ title, children, headerExtra }: { title: string; children: ReactNode; headerExtra?: ReactNode }) {
  const t = useT();
  const titleId = useId();
  const close = () => useAppStore.getState().setToolPanel(null);
  return (
    <section
      className="tm-tool-panel"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <header className="tm-tool-header">
        <h2 id={titleId}>{title}</h2>
        {headerExtra}
        <button type="button" className="tm-icon-button" aria-label={t('dialog.close')} title={t('dialog.close')} onClick={close}>
          ×
        </button>
      </header>
      <div className="tm-tool-body">{children}</div>
    </section>
  );
}
