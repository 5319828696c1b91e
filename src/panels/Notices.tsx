import { useAppStore } from '../store/appStore';
import { useT } from '../store/hooks';

/** Messages to the user. Errors are alerts (announced at once); the rest are polite status. */
export function Notices() {
  const t = useT();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="tm-notices">
      {notices.map((n) => (
        <div key={n.id} role={n.tone === 'error' ? 'alert' : 'status'} className={`tm-notice tm-notice-${n.tone}`}>
          <div className="tm-notice-text">
            <p>{n.text}</p>
            {n.details && n.details.length > 0 && (
              <ul>
                {n.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
            {n.actions && n.actions.length > 0 && (
              <div className="tm-notice-actions">
                {n.actions.map((action, i) => (
                  <button
                    key={i}
                    type="button"
                    className="tm-button"
                    onClick={() => {
                      // Close first: an action may raise a follow-up notice of its own.
                      if (!action.keepOpen) dismiss(n.id);
                      action.run();
                    }}
                  >
                    {action.label}
                  </button>
                ))}
              </div>
            )}
          </div>
          <button type="button" className="tm-icon-button" aria-label={t('notice.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
