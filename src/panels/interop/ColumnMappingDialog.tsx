import { useState } from 'react';
import type { ColumnRequest } from '../../commands/types';
import type { StringKey } from '../../i18n/strings';
import type { ColumnMapping, ColumnRole } from '../../io/formats/types';
import { useT } from '../../store/hooks';
import { ModalDialog } from '../dialogs/ModalDialog';
import './interop.css';

const ROLES: ColumnRole[] = ['ignore', 'id', 'label', 'kind', 'from', 'to', 'relation', 'parent', 'x', 'y', 'description'];
const ROLE_LABEL = (r: ColumnRole) => `interop.role.${r}` as StringKey;

/** A first guess: the first column is the label, the rest ignored, so Import works at once for a plain list. */
const initial = (headers: string[]): ColumnMapping => Object.fromEntries(headers.map((h, i) => [h, i === 0 ? 'label' : 'ignore']));

/**
 * The CSV column preview (issue 12): each header of the file with one sample value and a choice
 * of what it holds. Import reads the file again with this mapping; Cancel refuses it as before.
 */
export function ColumnMappingDialog({ request, onAnswer }: { request: ColumnRequest; onAnswer: (m: ColumnMapping | null) => void }) {
  const t = useT();
  const [mapping, setMapping] = useState<ColumnMapping>(() => initial(request.headers));
  const usable = Object.values(mapping).some((r) => r === 'label' || r === 'id' || r === 'from' || r === 'to');
  return (
    <ModalDialog
      title={t('interop.columns.title')}
      className="tm-columns"
      onClose={() => onAnswer(null)}
      footer={
        <>
          <button type="button" className="tm-button" onClick={() => onAnswer(null)}>
            {t('interop.columns.cancel')}
          </button>
          <button type="button" className="tm-button tm-primary" disabled={!usable} onClick={() => onAnswer(mapping)}>
            {t('interop.columns.import')}
          </button>
        </>
      }
    >
      <p>{t('interop.columns.intro', { name: request.name })}</p>
      <table className="tm-columns-table">
        <tbody>
          {request.headers.map((h, i) => (
            <tr key={`${h}-${i}`}>
              <th scope="row">
                <label htmlFor={`tm-col-${i}`}>{h}</label>
                {request.sample[i] ? <div className="tm-columns-sample">{t('interop.columns.sample', { value: request.sample[i] })}</div> : null}
              </th>
              <td>
                <select id={`tm-col-${i}`} value={mapping[h] ?? 'ignore'} onChange={(e) => setMapping({ ...mapping, [h]: e.target.value as ColumnRole })}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(ROLE_LABEL(r))}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
