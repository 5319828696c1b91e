import { useRef, useState } from 'react';
import { useT } from '../../store/hooks';

/** A link shown selectable, with a Copy button that says whether the clipboard took it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = () =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(value))
      .then(
        () => setCopied(true),
        () => field.current?.select(),
      );
  return (
    <div className="tm-live-link">
      <label className="tm-share-field">
        <span>{label}</span>
        <input ref={field} type="text" readOnly value={value} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" className="tm-button" aria-label={`${t('live.copy')}: ${label}`} onClick={() => void copy()}>
        {copied ? t('live.copied') : t('live.copy')}
      </button>
    </div>
  );
}
