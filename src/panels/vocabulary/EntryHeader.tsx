import { useId } from 'react';
import { setEntryColor, type VocabularyList } from '../../model/vocabularyEdits';
import { editField, endFieldEdit } from '../../store/fieldSession';
import { useT } from '../../store/hooks';
import { moveVocabularyEntry } from '../../store/vocabularyActions';
import { onFieldKeyDown } from '../inspector/fields';

/** The colour input takes only `#rrggbb`; files may also hold `#rgb`. */
function toHex6(color: string): string {
  if (/^#[0-9a-fA-F]{6}$/.test(color)) return color.toLowerCase();
  if (/^#[0-9a-fA-F]{3}$/.test(color)) return `#${[...color.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return '#000000';
}

type Props = { list: VocabularyList; id: string; name: string; color: string; usage: string; first: boolean; last: boolean; removable: boolean; onRemove: () => void };

/** The row's colour, usage count, and its move up / move down / remove buttons. */
export function EntryHeader({ list, id, name, color, usage, first, last, removable, onRemove }: Props) {
  const t = useT();
  const colorId = useId();
  const move = (delta: -1 | 1) => moveVocabularyEntry(list, id, delta);
  return (
    <div className="tm-vocab-entry-head">
      <label className="tm-vocab-color" htmlFor={colorId} title={t('vocab.color')}>
        <span className="tm-visually-hidden">{t('vocab.color')}</span>
        <input
          id={colorId}
          type="color"
          value={toHex6(color)}
          // The picker streams values while open: one undo step per visit, like typing (fieldSession.ts).
          onChange={(e) => editField(`vocab:${list}:${id}:color`, (d) => setEntryColor(d, list, id, e.target.value))}
          onBlur={endFieldEdit}
          onKeyDown={(e) => onFieldKeyDown(e)}
        />
      </label>
      <span className="tm-vocab-entry-name">{name}</span>
      <code className="tm-vocab-id" title={t('inspector.id')}>
        {id}
      </code>
      <span className="tm-vocab-usage">{usage}</span>
      <span className="tm-vocab-actions">
        <button type="button" className="tm-icon-button" aria-label={t('vocab.moveUp', { name })} title={t('vocab.moveUp', { name })} disabled={first} onClick={() => move(-1)}>
          ↑
        </button>
        <button type="button" className="tm-icon-button" aria-label={t('vocab.moveDown', { name })} title={t('vocab.moveDown', { name })} disabled={last} onClick={() => move(1)}>
          ↓
        </button>
        <button
          type="button"
          className="tm-icon-button tm-vocab-remove"
          aria-label={t('vocab.remove', { name })}
          title={removable ? t('vocab.remove', { name }) : t('vocab.builtIn')}
          disabled={!removable}
          onClick={onRemove}
        >
          ×
        </button>
      </span>
    </div>
  );
}
