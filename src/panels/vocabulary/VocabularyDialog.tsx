import { useEffect, useId, useRef } from 'react';
import { useAppStore } from '../../store/appStore';
import { endFieldEdit } from '../../store/fieldSession';
import { useT } from '../../store/hooks';
import '../inspector/inspector.css';
import { AddEntry } from './AddEntry';
import { KindRow } from './KindRow';
import { RelationRow } from './RelationRow';
import './vocabulary.css';
import { VOCABULARY_DIALOG } from '../../commands/vocabularyCommands';

export { VOCABULARY_DIALOG };

/**
 * The vocabulary editor: node kinds and relation types, edited in place. Every change is a
 * document edit, so the canvas and legend behind the dialog follow live, and Undo reverts it.
 * A native modal <dialog>: focus stays inside, Escape closes it, the page behind is inert.
 */
export function VocabularyDialog() {
  const t = useT();
  const open = useAppStore((s) => s.dialog === VOCABULARY_DIALOG);
  const setDialog = useAppStore((s) => s.setDialog);
  const kinds = useAppStore((s) => s.doc.vocabulary.nodeKinds);
  const relations = useAppStore((s) => s.doc.vocabulary.relationTypes);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    // jsdom has no showModal; `open` still shows it there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      endFieldEdit();
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    };
  }, [open]);

  if (!open) return null;
  const close = () => setDialog(null);
  return (
    <dialog
      ref={ref}
      className="tm-vocab-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <header className="tm-vocab-header">
        <h2 id={titleId}>{t('vocab.title')}</h2>
        <p>{t('vocab.intro')}</p>
        <button type="button" className="tm-icon-button" aria-label={t('vocab.close')} title={t('vocab.close')} onClick={close}>
          ×
        </button>
      </header>
      <div className="tm-vocab-body">
        <section aria-labelledby={`${titleId}-kinds`}>
          <h3 id={`${titleId}-kinds`}>{t('vocab.kinds')}</h3>
          <ul className="tm-vocab-list">
            {kinds.map((k, i) => (
              <KindRow key={k.id} kind={k} index={i} count={kinds.length} />
            ))}
          </ul>
          <AddEntry list="nodeKinds" />
        </section>
        <section aria-labelledby={`${titleId}-relations`}>
          <h3 id={`${titleId}-relations`}>{t('vocab.relations')}</h3>
          <ul className="tm-vocab-list">
            {relations.map((r, i) => (
              <RelationRow key={r.id} relation={r} index={i} count={relations.length} />
            ))}
          </ul>
          <AddEntry list="relationTypes" />
        </section>
      </div>
      <footer className="tm-vocab-footer">
        <button type="button" className="tm-button" onClick={close}>
          {t('vocab.done')}
        </button>
      </footer>
    </dialog>
  );
}
