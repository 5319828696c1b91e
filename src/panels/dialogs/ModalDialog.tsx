import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import './dialogs.css';

type Props = {
  /** The dialog's heading, which is also its accessible name. */
  title: string;
  className?: string;
  children: ReactNode;
  footer?: ReactNode;
  /** Called on ×, Escape and the footer's Cancel/Close; defaults to closing the app dialog. */
  onClose?: () => void;
};

/**
 * A native modal <dialog> for the issue-6 dialogs (examples, adapt, save as template, share):
 * focus stays inside, Escape closes it, focus returns where it was, and keys typed inside never
 * reach the app's shortcuts. jsdom has no showModal, so there the `open` attribute shows it.
 */
export function ModalDialog({ title, className, children, footer, onClose }: Props) {
  const t = useT();
  const setDialog = useAppStore((s) => s.setDialog);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = onClose ?? (() => setDialog(null));

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`tm-modal${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onKeyDown={(event) => event.stopPropagation()}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="tm-modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="tm-icon-button" aria-label={t('dialog.close')} title={t('dialog.close')} onClick={close}>
          ×
        </button>
      </header>
      <div className="tm-modal-body">{children}</div>
      {footer && <footer className="tm-modal-footer">{footer}</footer>}
    </dialog>
  );
}
