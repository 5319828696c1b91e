import { useId, useState } from 'react';
import { useT } from '../../store/hooks';

type Props = {
  /** "13 elements are “Driver”. Which kind do they become?" */
  question: string;
  options: { id: string; name: string }[];
  /** What else reassigning to `replacement` does, shown before the user confirms. */
  consequences: (replacement: string) => string[];
  onConfirm: (replacement: string) => void;
  onCancel: () => void;
};

/** Asks which entry the elements of a removed one become; confirming is one undo step. */
export function RemoveConfirm({ question, options, consequences, onConfirm, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const [replacement, setReplacement] = useState(options[0]?.id ?? '');
  if (options.length === 0) {
    return (
      <div className="tm-vocab-confirm" role="alert">
        <p>{question}</p>
        <p>{t('vocab.noReplacement')}</p>
        <div className="tm-vocab-confirm-buttons">
          <button type="button" className="tm-button" onClick={onCancel}>
            {t('vocab.cancel')}
          </button>
        </div>
      </div>
    );
  }
  const notes = consequences(replacement);
  return (
    <div className="tm-vocab-confirm" role="group" aria-label={t('vocab.confirmTitle')}>
      <p>{question}</p>
      <div className="tm-vocab-confirm-row">
        <label htmlFor={id}>{t('vocab.replacement')}</label>
        <select id={id} value={replacement} onChange={(e) => setReplacement(e.target.value)}>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      {notes.length > 0 && (
        <ul className="tm-vocab-consequences">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div className="tm-vocab-confirm-buttons">
        <button type="button" className="tm-button tm-button-danger" onClick={() => onConfirm(replacement)}>
          {t('vocab.confirmRemove')}
        </button>
        <button type="button" className="tm-button" onClick={onCancel}>
          {t('vocab.cancel')}
        </button>
      </div>
    </div>
  );
}
