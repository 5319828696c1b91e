import { useAppStore } from '../../store/appStore';
import { useT } from '../../store/hooks';
import { compareVersion, restoreVersion } from '../../store/library/libraryActions';
import type { ModelRecord } from '../../store/library/records';
import { useLibraryView } from '../../store/library/view';

/**
 * The saved versions of one library model, newest first; Restore opens one as an undoable step,
 * Compare shows what differs from the open model in the compare panel (and closes the library).
 */
export function VersionList({ record, onRestored }: { record: ModelRecord; /** The dialog closes after a restore or a compare. */ onRestored: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.uiLang);
  const versions = useLibraryView((s) => s.versions);
  const title = t('library.versionsOf', { name: record.title });
  return (
    <section className="tm-library-versions" aria-label={title}>
      <h3>{title}</h3>
      {versions.length === 0 ? (
        <p>{t('library.noVersions')}</p>
      ) : (
        <ol>
          {versions.map((v) => (
            <li key={v.id} aria-label={v.note || t('library.noNote')}>
              <span>{new Date(v.savedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</span>
              <span className="tm-version-note">{v.note || t('library.noNote')}</span>
              <button type="button" className="tm-button" onClick={() => void compareVersion(v.id).then((shown) => shown && onRestored())}>
                {t('library.compare')}
              </button>
              <button type="button" className="tm-button" onClick={() => void restoreVersion(v.id).then(onRestored)}>
                {t('library.restore')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
